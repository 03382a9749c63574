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
        assertThat(ProfilesView.LOCK_PICTURES).extracting(ProfilesView.LockPicture::id)
                .containsExactlyElementsOf(PictureLock.PICTURES);
    }

    @Test
    void everyAvatarGivenToARosterLearnerIsOneChildrenCanPick() {
        assertThat(Avatars.ALL).extracting(Avatars.Avatar::id).containsAll(RosterImport.ROSTER_AVATARS);
    }
}
