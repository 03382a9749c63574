package jaga.ui.common;

import jaga.learning.report.ScriptFonts;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;

/**
 * Children's names in Chinese or Tamil script drawn in the fonts Jaga ships (the same the PDFs
 * embed), so a lab PC without those fonts shows the name rather than boxes, and Tamil is shaped
 * by a font that knows it (JavaFX's own fallback drew a vowel sign apart from its letter). A
 * fallback font loaded by hand is not used by JavaFX for other fonts, so the label itself is
 * given the family: by a style class, set again whenever its text changes. The fonts are read on
 * a thread of their own the first time a name needs them (the Chinese one is 5 MB): the name shows
 * in the system font until then, and the JavaFX thread never waits for the file.
 */
public final class ScriptText {
    private static final Logger LOG = Logger.getLogger(ScriptText.class.getName());
    /** Style classes and the family each sets (see jaga.css). */
    static final String HAN = "script-han";
    static final String TAMIL = "script-tamil";
    private static final Map<String, CompletableFuture<Boolean>> LOADED = new ConcurrentHashMap<>();
    /** The thread each style's fonts were read on (for the test that keeps it off the JavaFX thread). */
    static final Map<String, String> LOADED_ON = new ConcurrentHashMap<>();

    private ScriptText() {}

    /** Keeps {@code labeled}'s font right for the script of its text, now and after every change. */
    public static <T extends Labeled> T names(T labeled) {
        apply(labeled);
        labeled.textProperty().addListener((obs, old, text) -> apply(labeled));
        return labeled;
    }

    private static void apply(Labeled labeled) {
        String style = styleFor(labeled.getText());
        labeled.getStyleClass().removeAll(HAN, TAMIL);
        if (style == null) {
            return;
        }
        CompletableFuture<Boolean> fonts = fonts(style);
        if (fonts.isDone()) {
            if (fonts.join()) {
                labeled.getStyleClass().add(style);
            }
        } else { // once read, applied again if the text still needs them
            fonts.thenRun(() -> Platform.runLater(() -> apply(labeled)));
        }
    }

    /** The style class for the first Chinese or Tamil letter in {@code text}, or null for neither. */
    static String styleFor(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN) {
                return HAN;
            }
            if (script == Character.UnicodeScript.TAMIL) {
                return TAMIL;
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    /** The style's fonts, read once on their own thread; false (the label keeps the system font) if they cannot be. */
    private static CompletableFuture<Boolean> fonts(String style) {
        return LOADED.computeIfAbsent(style, s -> CompletableFuture.supplyAsync(() -> load(s), work -> {
            Thread thread = new Thread(work, "jaga-script-fonts");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    private static boolean load(String s) {
        LOADED_ON.put(s, Thread.currentThread().getName());
        boolean ok = true;
        for (String file : s.equals(HAN) ? new String[] {ScriptFonts.CHINESE}
                : new String[] {ScriptFonts.TAMIL, ScriptFonts.TAMIL_BOLD}) {
            try (InputStream in = ScriptText.class.getResourceAsStream(ScriptFonts.FOLDER + file)) {
                ok &= in != null && Font.loadFont(in, 12) != null;
            } catch (IOException e) {
                ok = false;
            }
        }
        if (!ok) {
            LOG.log(Level.WARNING, "Could not load the shipped fonts for {0}; the system font is used", s);
        }
        return ok;
    }
}
