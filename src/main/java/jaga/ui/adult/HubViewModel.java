package jaga.ui.adult;

import jaga.progress.SyncJournal;
import jaga.progress.hub.HubAddress;
import jaga.progress.hub.HubException;
import jaga.progress.hub.HubLink;
import jaga.ui.common.Background;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "School hub": pair this computer with the school's PostgreSQL hub (address, login, password),
 * see how much is waiting and when work last went, send now, or unpair. The password is never
 * shown again once saved.
 */
public final class HubViewModel {
    /** What the page shows about the link, read off the journal. */
    public record Link(String url, String user, int waiting, String lastSent, String lastBrought, String problem) {}

    private final HubLink hub;
    private final Background background;
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty("jaga_lab");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Link> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public HubViewModel(HubLink hub, Background background) {
        this.hub = hub;
        this.background = background;
    }

    public void load() {
        background.run(this::readLink, link::set, failure -> notice.set(Notice.failure("adult.hub.failed", failure)));
    }

    /**
     * Keeps the facts current while the page is open: the link sends and brings on its own thread,
     * so what is waiting and when work last went change under the adult's eyes. Returns how to stop.
     */
    public Runnable follow() {
        return hub.onStatus(status -> load());
    }

    /** Checks the address, login and the hub's version, then pairs; the password field is emptied either way. */
    public void pair() {
        String typedPassword = password.get();
        password.set("");
        HubAddress address;
        try {
            address = new HubAddress(url.get(), user.get(), typedPassword);
        } catch (HubException e) {
            notice.set(Notice.failure("adult.hub.badAddress", e));
            return;
        }
        busy.set(true);
        notice.set(Notice.info("adult.hub.checking", address.url()));
        background.run(() -> {
            hub.pair(address);
            return readLink();
        }, paired -> {
            busy.set(false);
            link.set(paired);
            notice.set(Notice.info("adult.hub.paired", paired.url()));
        }, failure -> {
            busy.set(false);
            notice.set(Notice.failure(headline(failure), failure));
        });
    }

    /** Sends what is waiting and brings the class lists now. */
    public void syncNow() {
        busy.set(true);
        background.run(() -> {
            hub.syncOnce();
            return readLink();
        }, now -> {
            busy.set(false);
            link.set(now);
            notice.set(Notice.info("adult.hub.synced"));
        }, failure -> {
            busy.set(false);
            notice.set(Notice.failure(headline(failure), failure));
            load();
        });
    }

    public void unpair() {
        background.run(() -> {
            hub.unpair();
            return readLink();
        }, now -> {
            link.set(now);
            notice.set(Notice.info("adult.hub.unpaired"));
        }, failure -> notice.set(Notice.failure("adult.hub.failed", failure)));
    }

    /** The first words of a failure in the adult's language; the hub's own words follow. */
    static String headline(Throwable failure) {
        if (failure instanceof HubException.Unreachable) {
            return "adult.hub.unreachable";
        }
        if (failure instanceof HubException.NotAllowed) {
            return "adult.hub.notAllowed";
        }
        if (failure instanceof HubException.WrongVersion) {
            return "adult.hub.wrongVersion";
        }
        if (failure instanceof HubException.BadAddress) {
            return "adult.hub.badAddress";
        }
        return "adult.hub.failed";
    }

    private Link readLink() {
        SyncJournal journal = hub.journal();
        return journal.link().map(l -> new Link(l.url(), l.user(), journal.waiting(), l.lastPushAt(), l.lastPullAt(),
                l.lastError())).orElse(null);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The hub this computer is paired with, or null. */
    public ReadOnlyObjectProperty<Link> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
