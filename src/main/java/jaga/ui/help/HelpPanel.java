package jaga.ui.help;

import jaga.ui.common.I18n;

import jaga.content.Contact;
import jaga.content.Resources;
import jaga.model.Band;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Contact cards: who to call or message, when, and what for, in words a child understands. */
public final class HelpPanel {
    private HelpPanel() {}

    /** The contacts a child may be shown, Malaysia first, then those that work anywhere. */
    public static List<Contact> forChildren(Resources resources) {
        return resources.forCountry("MY").stream()
                .filter(contact -> contact.audience() == Contact.ContactAudience.EVERYONE).toList();
    }

    /** The contacts shown first to the youngest children (7-9), after "a grown-up you trust". */
    public static final List<String> FIRST_FOR_YOUNGEST = List.of("talian-kasih", "emergency-999");

    /** Help for one learner: who is shown at once, and who is behind "More help". */
    public record ForLearner(boolean trustedAdultFirst, List<Contact> first, List<Contact> more) {}

    /**
     * 7-9: a grown-up they trust, Talian Kasih and 999 first, the rest behind "More help" (a
     * seven-year-old need not read about investor alerts to find 999). Older children, and the
     * screens before anyone signs in, see every contact at once. Before the contacts are loaded (the
     * first second after start-up), a grown-up they trust is there for everyone.
     */
    public static ForLearner forLearner(Resources resources, Band band) {
        List<Contact> all = forChildren(resources);
        if (all.isEmpty()) {
            return new ForLearner(true, List.of(), List.of());
        }
        if (band != Band.AGES_7_9) {
            return new ForLearner(false, all, List.of());
        }
        List<Contact> first = FIRST_FOR_YOUNGEST.stream()
                .flatMap(id -> all.stream().filter(contact -> contact.id().equals(id))).toList();
        List<Contact> more = all.stream().filter(contact -> !first.contains(contact)).toList();
        return new ForLearner(true, first, more);
    }

    public static VBox cards(List<Contact> contacts, I18n i18n) {
        return cards(contacts, i18n, null);
    }

    /** @param readAloud a speaker button on each card where speech is installed; null for none */
    public static VBox cards(List<Contact> contacts, I18n i18n, ReadAloud readAloud) {
        VBox cards = new VBox();
        cards.getStyleClass().add("help-cards");
        for (Contact contact : contacts) {
            cards.getChildren().add(card(contact, i18n, readAloud));
        }
        return cards;
    }

    /** "A grown-up you trust": the first help for a young child, before any phone number. */
    public static Node trustedAdult(I18n i18n, ReadAloud readAloud) {
        Label name = new Label(i18n.get("help.trusted.name"));
        name.getStyleClass().add("help-name");
        name.setWrapText(true);
        Label purpose = new Label(i18n.get("help.trusted.purpose"));
        purpose.setWrapText(true);
        purpose.getStyleClass().add("help-purpose");
        FontIcon glyph = new FontIcon("mdi2a-account-heart");
        glyph.getStyleClass().add("help-card-icon");
        VBox text = new VBox(name, purpose);
        text.getStyleClass().add("help-text");
        return finish(new HBox(glyph, text), text, "contact-trusted-adult", i18n, readAloud);
    }

    public static Node card(Contact contact, I18n i18n) {
        return card(contact, i18n, null);
    }

    public static Node card(Contact contact, I18n i18n, ReadAloud readAloud) {
        Label name = new Label(i18n.in(contact.name()));
        name.getStyleClass().add("help-name");
        name.setWrapText(true);
        VBox text = new VBox(name);
        text.getStyleClass().add("help-text");
        addWay(text, "mdi2p-phone", contact.phone(), i18n.get("help.call"));
        addWay(text, "mdi2w-whatsapp", contact.whatsapp(), "WhatsApp");
        addWay(text, "mdi2w-web", contact.link(), i18n.get("help.website"));
        addWay(text, "mdi2e-email-outline", contact.email(), i18n.get("help.email"));
        if (contact.hours() != null) {
            Label hours = new Label(i18n.in(contact.hours()));
            hours.getStyleClass().add("help-hours");
            hours.setWrapText(true);
            text.getChildren().add(hours);
        }
        Label purpose = new Label(i18n.in(contact.purpose()));
        purpose.setWrapText(true);
        purpose.getStyleClass().add("help-purpose");
        text.getChildren().add(purpose);
        return finish(new HBox(text), text, "contact-" + contact.id(), i18n, readAloud);
    }

    private static Node finish(HBox card, VBox text, String id, I18n i18n, ReadAloud readAloud) {
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("help-card");
        card.setId(id);
        card.setFocusTraversable(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        // Read out as the card shows it: "Call 15999", "WhatsApp 019-261 5999", not bare numbers.
        String spoken = String.join(". ", text.getChildren().stream()
                .filter(Label.class::isInstance).map(Label.class::cast)
                .map(label -> label.getAccessibleText() != null ? label.getAccessibleText() : label.getText()).toList());
        card.setAccessibleText(spoken);
        SpeakerButton.create(readAloud, i18n, "speak-" + id, text, () -> spoken).ifPresent(card.getChildren()::add);
        return card;
    }

    private static void addWay(VBox text, String icon, String value, String how) {
        if (value == null) {
            return;
        }
        Label way = new Label(value);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("help-way-icon");
        way.setGraphic(glyph);
        way.getStyleClass().add("help-way");
        way.setAccessibleText(how + " " + value);
        text.getChildren().add(way);
    }
}
