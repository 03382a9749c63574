package jaga.content;

import java.util.List;

/**
 * The faces people in the stories and chats can have: their own set, never the pictures
 * learners pick for themselves, so a child never thinks a stranger's messages come from a
 * classmate. The screens draw each id from content/art (see content/art/LICENCES.md).
 */
public final class Personas {
    /** Children in the stories, from across Malaysia. */
    public static final List<String> CHILDREN = List.of(
            "aina", "siti", "mei-ling", "wei-jie", "arjun", "priya", "kavitha", "danial", "hafiz", "rizal",
            "aiman", "wei-ling", "hana", "kavin", "jason", "aisyah");
    /** Grown-ups a child trusts. */
    public static final List<String> ADULTS = List.of("mum", "dad", "teacher", "amma");
    /** Players and accounts known only online: a game picture, never a real face. */
    public static final List<String> ONLINE = List.of(
            "player-panda", "player-lion", "player-robot", "player-alien", "player-crown", "player-bolt",
            "player-rocket", "player-star", "player-car", "player-cool", "shop", "pop-up", "video-app", "drawing-app");
    /** Every persona id, in the order the format documentation lists them. */
    public static final List<String> ALL = java.util.stream.Stream.of(CHILDREN, ADULTS, ONLINE)
            .flatMap(List::stream).toList();

    private Personas() {}

    public static boolean known(String id) {
        return ALL.contains(id);
    }
}
