package se.remiss.plattform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** All of Remiss's own settings (prefix {@code remiss.}), documented in application.properties. */
@ConfigMapping(prefix = "remiss")
public interface RemissConfig {

    /** Folder for the embedded database file. */
    @WithDefault("./data")
    String datakatalog();

    Exempeldata exempeldata();

    Dokument dokument();

    Mallar mallar();

    @WithDefault("25")
    int sidstorlek();

    /**
     * Fixed "today" for demonstrations and tests; absent in production, where the system clock
     * in Europe/Stockholm decides.
     */
    Optional<LocalDate> idag();

    interface Exempeldata {
        @WithDefault("true")
        boolean aktiv();

        @WithDefault("sample-remisser")
        String katalog();
    }

    interface Mallar {
        /** Folder of the document templates (tjänsteutlåtanden), read at run time. */
        @WithDefault("templates")
        String katalog();
    }

    interface Dokument {
        @WithDefault("52428800")
        long maxStorlek();
    }
}
