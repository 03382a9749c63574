package jaga.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A second Jaga: opens the data folder, says "open", and keeps it until its input closes. */
public final class HoldOpen {
    private HoldOpen() {}

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(DataDirectory.prepare(Path.of(args[0])), Clock.systemUTC())) {
            System.out.println("open " + database.schemaVersion());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our input
            }
        }
    }
}
