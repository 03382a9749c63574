package jaga.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a simulated chat looks like, so it feels like the places children really chat (without
 * copying any brand's look). The chat works the same in every skin.
 */
public enum ChatSkin {
    /** Two people messaging on a phone: the default. */
    @JsonProperty("privateMessage") PRIVATE_MESSAGE,
    /** The chat beside a game, with players' names. */
    @JsonProperty("gameLobby") GAME_LOBBY,
    /** A class group: its name and its members at the top. */
    @JsonProperty("classGroup") CLASS_GROUP,
    /** Comments under a short video. */
    @JsonProperty("videoComments") VIDEO_COMMENTS;

    public static ChatSkin orDefault(ChatSkin skin) {
        return skin == null ? PRIVATE_MESSAGE : skin;
    }
}
