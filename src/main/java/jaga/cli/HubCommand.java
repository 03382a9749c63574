package jaga.cli;

import jaga.progress.Database;
import jaga.progress.SyncJournal;
import jaga.progress.hub.HubAddress;
import jaga.progress.hub.HubException;
import jaga.progress.hub.HubSchema;
import jaga.progress.hub.HubSync;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jaga hub init|pair|sync|status|unpair}: the school hub, for a school's IT teacher. The
 * password is read from a file or typed at a prompt, never taken on the command line (where other
 * users of the computer could see it), and never printed.
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = "Share progress with the school hub (a PostgreSQL database on the lab server or the teacher's"
                + " laptop): see docs/school-hub.md.",
        subcommands = {HubCommand.Init.class, HubCommand.Pair.class, HubCommand.Sync.class, HubCommand.Status.class,
                HubCommand.Unpair.class})
final class HubCommand extends JagaSubcommand {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return JagaCommand.EXIT_UNUSABLE;
    }

    /** The hub's address and login, as the commands that connect take them. */
    static final class Login {
        @Parameters(index = "0", paramLabel = "URL", description = "The hub, such as jdbc:postgresql://lab-server:5432/jaga")
        String url;

        @Option(names = "--user", paramLabel = "U", defaultValue = "jaga_lab", description = "Login name (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--password-file", paramLabel = "F",
                description = "A file whose first line is the password (else it is asked for; empty if no console).")
        Path passwordFile;

        HubAddress address() {
            return new HubAddress(url, user, password(passwordFile, "Password for " + user + ": "));
        }
    }

    /** Runs {@code work} on this data folder's journal, the progress file open as its only writer. */
    static int withJournal(HubCommand hub, java.util.function.ToIntFunction<SyncJournal> work) {
        try (Database database = hub.parent.openDatabase(); SyncJournal journal = new SyncJournal(database)) {
            return work.applyAsInt(journal);
        }
    }

    static String password(Path file, String prompt) {
        if (file != null) {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new HubException.BadAddress("Cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        java.io.Console console = System.console();
        return console == null ? "" : new String(console.readPassword(prompt));
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create or upgrade Jaga's tables on the hub (run once, as the database's owner), and the"
                    + " jaga_pc role for the lab's computers.")
    static final class Init implements Callable<Integer> {
        @Mixin
        Login login;

        @Option(names = "--pc-user", paramLabel = "NAME", description = "Also create (or reset) this login for the lab's computers.")
        String pcUser;

        @Option(names = "--pc-password-file", paramLabel = "F", description = "The password for --pc-user.")
        Path pcPasswordFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            HubAddress address = login.address();
            PrintWriter out = spec.commandLine().getOut();
            try (Connection hub = address.connect(TIMEOUT)) {
                HubSchema.Initialised done = HubSchema.init(hub);
                out.println(done.fromVersion() == done.toVersion()
                        ? "The hub at " + address.url() + " is already at version " + done.toVersion() + "; nothing to do."
                        : done.fromVersion() == 0
                        ? "Set up Jaga's tables on the hub at " + address.url() + " (version " + done.toVersion() + ")."
                        : "Upgraded the hub at " + address.url() + " from version " + done.fromVersion() + " to "
                                + done.toVersion() + ".");
                if (done.roleCreated()) {
                    out.println("Created the role " + HubSchema.PC_ROLE + " (rows in and out, no changes to tables).");
                }
                if (pcUser != null) {
                    HubSchema.createPcLogin(hub, pcUser, password(pcPasswordFile, "Password for " + pcUser + ": "));
                    out.println("The lab's computers can log in as " + pcUser + ".");
                }
                out.flush();
                return JagaCommand.EXIT_OK;
            } catch (SQLException e) {
                throw HubSync.explain(address, e);
            }
        }
    }

    @Command(name = "pair", mixinStandardHelpOptions = true,
            description = "Pair this data folder with the hub: checks the address, login and the hub's version, keeps"
                    + " the login here (never in exports), and queues everything already here to be sent.")
    static final class Pair implements Callable<Integer> {
        @ParentCommand
        HubCommand hub;

        @Mixin
        Login login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            HubAddress address = login.address();
            int version = HubSync.check(address, TIMEOUT);
            return withJournal(hub, journal -> {
                journal.pair(address.url(), address.user(), address.password(), version);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Paired with " + address.url() + " as " + address.user() + " (hub version " + version + "); "
                        + journal.waiting() + " waiting to be sent. Run `jaga hub sync`, or open Jaga, to send them.");
                out.flush();
                return JagaCommand.EXIT_OK;
            });
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Send what is waiting and bring the class lists now; prints what moved. Exit 2 if the hub"
                    + " cannot be reached (nothing is lost: it all stays waiting).")
    static final class Sync implements Callable<Integer> {
        @ParentCommand
        HubCommand hub;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withJournal(hub, journal -> {
                HubSync sync = new HubSync(journal, JagaVersion.current());
                HubSync.Pushed pushed = sync.push(TIMEOUT);
                HubSync.Pulled pulled = sync.pullRoster(TIMEOUT);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Sent " + pushed.rowsSent() + " rows (" + pushed.rowsChanged() + " new or newer on the hub) in "
                        + pushed.batches() + " batches; brought " + pulled.rowsRead() + " class-list rows ("
                        + pulled.rowsChanged() + " changed here); " + journal.waiting() + " waiting.");
                out.flush();
                return JagaCommand.EXIT_OK;
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Which hub this folder is paired with, how much is waiting, and when it last sent and brought work.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        HubCommand hub;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return withJournal(hub, journal -> {
                journal.link().ifPresentOrElse(link -> {
                    out.println("Paired with: " + link.url() + " as " + link.user() + " (since " + link.pairedAt() + ")");
                    out.println("Waiting to be sent: " + journal.waiting());
                    out.println("Last sent: " + orNever(link.lastPushAt()));
                    out.println("Last brought: " + orNever(link.lastPullAt()));
                    out.println("Hub version: " + (link.hubVersion() == null ? "unknown" : link.hubVersion())
                            + " (this Jaga speaks " + HubSchema.VERSION + ")");
                    if (link.lastError() != null) {
                        out.println("Last problem: " + link.lastError());
                    }
                }, () -> out.println("Not paired with a school hub: everything stays on this computer."));
                out.println("This computer: " + journal.pcUid());
                out.flush();
                return JagaCommand.EXIT_OK;
            });
        }

        private static String orNever(String time) {
            return time == null ? "never" : time;
        }
    }

    @Command(name = "unpair", mixinStandardHelpOptions = true,
            description = "Forget the hub: nothing more is sent, and the stored login is removed. Progress stays here.")
    static final class Unpair implements Callable<Integer> {
        @ParentCommand
        HubCommand hub;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withJournal(hub, journal -> {
                int waiting = journal.waiting();
                journal.unpair();
                spec.commandLine().getOut().println("Unpaired. Progress stays on this computer" + (waiting > 0
                        ? "; " + waiting + " changes that had not reached the hub were not sent (pair again to send"
                                + " everything)." : "."));
                spec.commandLine().getOut().flush();
                return JagaCommand.EXIT_OK;
            });
        }
    }
}
