package dev.corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar manifest (set by the build), else from the pom.properties Maven puts in every
 * jar, else "unknown" (running from classes, e.g. in an IDE).
 */
final class VersionProvider implements IVersionProvider {
    static final String POM_PROPERTIES = "/META-INF/maven/dev.corpus/corpus/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "corpus " + version(), "Java ${java.version} (${java.vendor} ${java.vm.name}), ${os.name} ${os.arch}"
        };
    }

    static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // Fall through: a version string is not worth failing --version for.
        }
        return "unknown";
    }
}
