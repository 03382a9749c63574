package jaga.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.learning.PictureLock;
import jaga.learning.RosterImport;
import jaga.ui.common.Avatars;
import org.junit.jupiter.api.Test;

/** Picture ids kept in the learning layer (no JavaFX there) have a picture on screen. */
class PictureIdsTest {

    @Test
    void theLockScreenShowsExactlyTheLockPicturesInTheirOrder() {
        assertThat(Avatars.LOCK_PICTURES).extracting(Avatars.Picture::id)
                .containsExactlyElementsOf(PictureLock.PICTURES);
    }

    @Test
    void everyAvatarGivenToARosterLearnerIsOneChildrenCanPick() {
        assertThat(Avatars.ALL).extracting(Avatars.Picture::id).containsAll(RosterImport.ROSTER_AVATARS);
    }
}
