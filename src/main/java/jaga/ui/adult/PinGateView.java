package jaga.ui.adult;

import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The PIN cards: set up (twice) with the recovery code shown once, enter, or reset with the
 * recovery code. Only the card for the model's mode is shown; only it answers Enter and Esc.
 */
public final class PinGateView extends VBox {
    private final PinGateViewModel model;
    private final I18n i18n;
    private final Runnable cancel;
    private final ObservableBooleanValue canCancel;

    /**
     * @param enterIntroKey why the PIN is asked for (a message key)
     * @param cancel        what Cancel does
     * @param canCancel     whether there is anywhere to go back to
     */
    public PinGateView(PinGateViewModel model, I18n i18n, String enterIntroKey, Runnable cancel,
                       ObservableBooleanValue canCancel) {
        this.model = model;
        this.i18n = i18n;
        this.cancel = cancel;
        this.canCancel = canCancel;
        getStyleClass().add("pin-gate");
        getChildren().addAll(
                pinCard("setUpPin", PinGateViewModel.Mode.SET_UP, "pin.setUp.intro"),
                pinCard("enterPin", PinGateViewModel.Mode.ENTER, enterIntroKey),
                pinCard("resetPin", PinGateViewModel.Mode.FORGOT, "pin.reset.intro"),
                recoveryCard());
    }

    private VBox pinCard(String id, PinGateViewModel.Mode mode, String introKey) {
        Label title = AdultText.title(i18n, switch (mode) {
            case SET_UP -> "pin.setUp.title";
            case FORGOT -> "pin.reset.title";
            default -> "pin.enter.title";
        });
        Label intro = AdultText.subtitle(i18n, introKey);
        VBox card = new VBox(title, intro);

        TextField code = null;
        if (mode == PinGateViewModel.Mode.FORGOT) {
            code = new TextField();
            code.setId(id + "-code");
            code.accessibleTextProperty().bind(i18n.text("pin.reset.code"));
            code.getStyleClass().add("name-field");
            code.setMaxWidth(360);
            card.getChildren().addAll(fieldLabel("pin.reset.code", code), code);
        }
        boolean twice = mode != PinGateViewModel.Mode.ENTER;
        String firstLabel = mode == PinGateViewModel.Mode.FORGOT ? "pin.reset.newPin" : "pin.field";
        PasswordField first = pinField(id + "-pin", firstLabel);
        card.getChildren().addAll(fieldLabel(firstLabel, first), first);
        PasswordField again = twice ? pinField(id + "-again", "pin.again") : null;
        if (again != null) {
            card.getChildren().addAll(fieldLabel("pin.again", again), again);
        }

        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> describe(model.problemProperty().get()), model.problemProperty(), i18n.languageProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        Label error = errorLabel();

        TextField codeField = code;
        Runnable submit = () -> {
            switch (mode) {
                case SET_UP -> model.setUp(first.getText(), again.getText());
                case ENTER -> model.enter(first.getText());
                default -> model.reset(codeField.getText(), first.getText(), again.getText());
            }
            first.clear();
            if (again != null) {
                again.clear();
            }
        };
        Button go = Buttons.big(id + "-continue", i18n.text("pin.continue"), true, submit);
        go.disableProperty().bind(model.checkingProperty());
        Button back = Buttons.big(id + "-cancel", i18n.text("profiles.form.cancel"), false,
                mode == PinGateViewModel.Mode.FORGOT ? model::backToPin : cancel);
        if (mode != PinGateViewModel.Mode.FORGOT) {
            back.visibleProperty().bind(canCancel);
            back.managedProperty().bind(back.visibleProperty());
        }
        HBox actions = new HBox(go, back);
        actions.getStyleClass().add("form-actions");
        card.getChildren().addAll(problem, error, actions);
        if (mode == PinGateViewModel.Mode.ENTER) {
            Hyperlink forgot = new Hyperlink();
            forgot.setId("forgotPin");
            forgot.textProperty().bind(i18n.text("pin.forgot"));
            forgot.getStyleClass().add("back-link");
            forgot.setOnAction(e -> model.forgot());
            card.getChildren().add(forgot);
        }
        Node focusFirst = code != null ? code : first;
        VBox wrapper = wrap(card, mode);
        go.defaultButtonProperty().bind(wrapper.visibleProperty());
        back.cancelButtonProperty().bind(wrapper.visibleProperty());
        wrapper.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                Focus.request(focusFirst);
            }
        });
        return wrapper;
    }

    /** The recovery code, shown once: the only way back in if the PIN is forgotten. */
    private VBox recoveryCard() {
        Label title = AdultText.title(i18n, "pin.recovery.title");
        Label intro = AdultText.subtitle(i18n, "pin.recovery.intro");
        Label code = new Label();
        code.setId("recoveryCode");
        code.textProperty().bind(model.recoveryCodeProperty());
        code.getStyleClass().add("recovery-code");
        Button noted = Buttons.big("recoveryNoted", i18n.text("pin.recovery.noted"), true, model::recoveryNoted);
        VBox card = new VBox(title, intro, code, noted);
        VBox wrapper = wrap(card, PinGateViewModel.Mode.SHOW_RECOVERY);
        wrapper.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                Focus.request(noted);
            }
        });
        return wrapper;
    }

    private VBox wrap(VBox card, PinGateViewModel.Mode mode) {
        card.getStyleClass().addAll("card", "learner-form");
        card.setMaxWidth(720);
        VBox wrapper = new VBox(card);
        wrapper.setAlignment(Pos.TOP_CENTER);
        wrapper.getStyleClass().add("form-wrapper");
        wrapper.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        wrapper.managedProperty().bind(wrapper.visibleProperty());
        return wrapper;
    }

    private Label errorLabel() {
        return Problems.line(model.failureProperty(), i18n);
    }

    private PasswordField pinField(String id, String labelKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.accessibleTextProperty().bind(i18n.text(labelKey));
        field.getStyleClass().add("name-field");
        field.setMaxWidth(280);
        return field;
    }

    private Label fieldLabel(String key, Node field) {
        return AdultText.fieldLabel(i18n, key, field);
    }

    private String describe(PinGateViewModel.PinProblem problem) {
        if (problem == null) {
            return "";
        }
        if (problem instanceof PinGateViewModel.PinProblem.Wrong wrong) {
            return i18n.get("pin.wrong", wrong.triesLeft());
        }
        if (problem instanceof PinGateViewModel.PinProblem.Locked locked) {
            return i18n.get("pin.locked", locked.minutes());
        }
        if (problem instanceof PinGateViewModel.PinProblem.DoesNotMatch) {
            return i18n.get("pin.noMatch");
        }
        if (problem instanceof PinGateViewModel.PinProblem.WrongRecoveryCode) {
            return i18n.get("pin.reset.wrongCode");
        }
        return i18n.get("pin.format");
    }
}
