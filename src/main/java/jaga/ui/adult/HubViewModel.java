package jaga.ui.adult;

import jaga.progress.SyncJournal;
import jaga.progress.hub.HubAddress;
import jaga.progress.hub.HubException;
import jaga.progress.hub.HubLink;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    /** Reading what the journal says: often, as the link works; the buttons stay usable meanwhile. */
    private final Tasks reading;
    /** Asking the hub (pair, send now, unpair): the buttons wait for the answer. */
    private final Tasks asking;
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty("jaga_lab");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Link> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();

    public HubViewModel(HubLink hub, Background background) {
        this.hub = hub;
        this.background = background;
        this.reading = new Tasks(background, "school hub page", this::failed);
        this.asking = new Tasks(background, "school hub page", this::failed);
    }

    /** The one failure handler (the failure is already logged): its headline, then its explanation. */
    private void failed(Throwable failure) {
        notice.set(Notice.failure(headline(failure), failure));
    }

    public void load() {
        reading.run(this::readLink, link::set);
    }

    /**
     * Keeps the facts current while the page is open: the link sends and brings on its own thread,
     * so what is waiting and when work last went change under the adult's eyes. Returns how to stop.
     */
    public Runnable follow() {
        return hub.onStatus(status -> background.toScreen(this::load));
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
        notice.set(Notice.info("adult.hub.checking", address.url()));
        asking.run(() -> {
            hub.pair(address);
            return readLink();
        }, paired -> {
            link.set(paired);
            notice.set(Notice.info("adult.hub.paired", paired.url()));
        });
    }

    /** Sends what is waiting and brings the class lists now. */
    public void syncNow() {
        asking.task(control -> {
            hub.syncOnce();
            return readLink();
        }).onSuccess(now -> {
            link.set(now);
            notice.set(Notice.info("adult.hub.synced"));
        }).onFailure(failure -> load()).start();
    }

    public void unpair() {
        asking.run(() -> {
            hub.unpair();
            return readLink();
        }, now -> {
            link.set(now);
            notice.set(Notice.info("adult.hub.unpaired"));
        });
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

    /** True while the hub is asked (pairing, sending now, unpairing). */
    public ReadOnlyBooleanProperty busyProperty() {
        return asking.busyProperty();
    }
}
