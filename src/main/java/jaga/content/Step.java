package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One screen of a lesson. The JSON "type" property picks the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Step.Image.class, name = "image"),
        @JsonSubTypes.Type(value = Step.KeyPoints.class, name = "keyPoints"),
        @JsonSubTypes.Type(value = Step.Chat.class, name = "chat"),
        @JsonSubTypes.Type(value = Step.SpotTheFlags.class, name = "spotTheFlags"),
        @JsonSubTypes.Type(value = Step.Check.class, name = "check"),
        @JsonSubTypes.Type(value = Step.Help.class, name = "help")})
public sealed interface Step {
    String id();

    /**
     * Reading text with light markup: blank-line paragraphs, "- " bullets, **bold**; and
     * optionally a picture of the scene or the key idea beside it.
     */
    record Text(String id, LocalizedText text, Picture picture) implements Step {
        public Text(String id, LocalizedText text) {
            this(id, text, null);
        }
    }

    /** A picture stored beside module.json; alt text is required in every language. */
    record Image(String id, String file, LocalizedText alt, LocalizedText caption) implements Step {}

    /** The three or four things to remember. */
    record KeyPoints(String id, LocalizedText title, List<LocalizedText> points) implements Step {
        public KeyPoints {
            points = points == null ? null : List.copyOf(points);
        }
    }

    /**
     * A simulated messaging thread in which the learner picks replies. {@code skin} is where it
     * seems to happen (a private message when absent); {@code place} names the group, game or
     * video it happens in.
     */
    record Chat(String id, LocalizedText intro, List<Participant> participants, String start, List<ChatNode> nodes,
                ChatSkin skin, LocalizedText place) implements Step {
        public Chat {
            participants = participants == null ? null : List.copyOf(participants);
            nodes = nodes == null ? null : List.copyOf(nodes);
        }

        public Chat(String id, LocalizedText intro, List<Participant> participants, String start, List<ChatNode> nodes) {
            this(id, intro, participants, start, nodes, null, null);
        }

        /** The skin to draw: the one named, else a private message. */
        public ChatSkin look() {
            return ChatSkin.orDefault(skin);
        }
    }

    /** A thread in which the learner marks the messages that are red flags. Practice, not graded. */
    record SpotTheFlags(String id, LocalizedText prompt, List<Participant> participants, List<FlagMessage> messages)
            implements Step {
        public SpotTheFlags {
            participants = participants == null ? null : List.copyOf(participants);
            messages = messages == null ? null : List.copyOf(messages);
        }
    }

    /** A question inside a lesson, to check understanding; it does not count toward the grade. */
    record Check(String id, Question question) implements Step {}

    /** "Who can help": contacts by id from content/resources.json, each written once. */
    record Help(String id, LocalizedText text, List<String> contacts) implements Step {
        public Help {
            contacts = contacts == null ? null : List.copyOf(contacts);
        }
    }
}
