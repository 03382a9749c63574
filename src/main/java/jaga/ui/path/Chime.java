package jaga.ui.path;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The short chime of the "lesson done" moment (lesson-done.wav, made for Jaga; see SOUNDS.md
 * beside it). Played on its own thread so the screen never waits; a computer without a sound
 * device simply stays quiet (noted once in the log).
 */
public final class Chime {
    private static final Logger LOG = Logger.getLogger(Chime.class.getName());
    static final String SOUND = "/jaga/ui/path/lesson-done.wav";

    private int played;

    /** Starts the chime and returns at once. */
    public void play() {
        played++;
        Thread thread = new Thread(Chime::playNow, "jaga-chime");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many times the chime was started (the moment's tests read it). */
    public int played() {
        return played;
    }

    private static void playNow() {
        try (InputStream raw = Chime.class.getResourceAsStream(SOUND)) {
            if (raw == null) {
                LOG.warning("the lesson-done sound is missing from the jar: " + SOUND);
                return;
            }
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                Clip clip = AudioSystem.getClip();
                clip.addLineListener(event -> {
                    if (event.getType() == LineEvent.Type.STOP) {
                        clip.close();
                    }
                });
                clip.open(audio);
                clip.start();
            }
        } catch (IOException | UnsupportedAudioFileException | LineUnavailableException | IllegalArgumentException
                 | SecurityException e) {
            LOG.info("no sound for the lesson-done moment (no sound device?): " + e.getMessage());
            LOG.log(Level.FINE, "the chime could not play", e);
        }
    }
}
