package jaga.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app version, written into a resource by the build. */
public final class JagaVersion {
    private JagaVersion() {}

    public static String current() {
        try (InputStream in = JagaVersion.class.getResourceAsStream("/jaga/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
