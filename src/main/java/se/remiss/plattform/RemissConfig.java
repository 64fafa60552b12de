package se.remiss.plattform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    Sakerhet sakerhet();

    Granskning granskning();

    Programimport programimport();

    interface Programimport {
        /**
         * Whether a PDF without a text layer (a scan) is read by OCR when Tesseract with Swedish
         * is installed (Debian: tesseract-ocr, tesseract-ocr-swe). Off: such a PDF is refused.
         */
        @WithDefault("true")
        boolean ocr();
    }

    interface Granskning {
        /**
         * Key of the HMAC that signs the audit chain's checkpoints. Absent: a random key is generated
         * into {@code <datakatalog>/granskning-hmac-nyckel.txt} at first start (fine for sample data and
         * development; in production give it here, e.g. REMISS_GRANSKNING_HMAC_NYCKEL, from a secret store).
         */
        Optional<String> hmacNyckel();

        /**
         * The append-only file of checkpoints (the chain head after each commit), kept outside the
         * database. Absent: {@code <datakatalog>/granskning-kontrollpunkter.txt}.
         */
        Optional<String> kontrollpunkter();
    }

    Signering signering();

    Epost epost();

    /** E-mail notifications (quarkus.mailer.* says how to reach the SMTP server). */
    interface Epost {
        /** Off unless turned on: nothing is queued or sent. */
        @WithDefault("false")
        boolean aktiv();

        /** The application's address as people reach it, for links in the mails. */
        @WithDefault("http://localhost:8080/")
        String basadress();

        /** How often the outbox is sent (and failed mails retried). */
        @WithDefault("30s")
        String intervall();

        /**
         * Working days before each deadline that the recipient's registrators and handläggare are
         * reminded, for senders without their own number (the organisation page sets one per sender).
         */
        @WithDefault("3")
        int paminnelsedagar();

        /**
         * When the deadline reminders are queued (Quartz-style cron; "off" disables the job). Read by
         * the job's {@code @Scheduled} expression; here so the setting is documented and validated.
         */
        @WithDefault("0 0 6 * * ?")
        String paminnelseSchema();

        /** When the senders' daily digest of overdue recipients is queued (cron; "off" disables it). */
        @WithDefault("0 0 7 * * ?")
        String sammandragSchema();
    }

    Sakerhetskopia sakerhetskopia();

    /** Nightly online backup of the embedded H2 database (se.remiss.drift); PostgreSQL uses pg_dump. */
    interface Sakerhetskopia {
        /** Folder for the backups; absent: no backups are made. */
        Optional<String> katalog();

        /** When (Quartz cron); read by the job's annotation, named here so the setting is known. */
        @WithDefault("0 30 2 * * ?")
        String schema();

        /** How many of the newest backups are kept. */
        @WithDefault("14")
        int behall();
    }

    Sammantrade sammantrade();

    /** The committee's meeting calendar (se.remiss.sammantrade): defaults for a nämnd without its own rule. */
    interface Sammantrade {
        /** Sista dag för ärenden lies this many working days (lag 1930:173) before the meeting. */
        @WithDefault("10")
        int arendedagar();

        /** The tjänsteutlåtande must be approved this many working days before sista dag för ärenden. */
        @WithDefault("2")
        int godkannandedagar();
    }

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

        /**
         * How long an uploaded file that nothing refers to (its form failed validation, or the
         * user gave up) is kept before the hourly clean-up removes it.
         */
        @WithDefault("PT24H")
        Duration oanvandFilAlder();
    }

    interface Sakerhet {
        /** A session unused this long ends. */
        @WithDefault("PT30M")
        Duration sessionInaktivitet();

        /** A session ends this long after login however active it is. */
        @WithDefault("PT10H")
        Duration sessionMaxlangd();

        /** Send the session and login cookies only over HTTPS (production); false only for plain-http dev, test and local trials. */
        @WithDefault("true")
        boolean sakerCookie();

        /** bcrypt work factor for new password hashes (each step doubles the cost). */
        @WithDefault("11")
        int bcryptKostnad();

        /**
         * Failed logins (or wrong current passwords) for one user name from one client address after
         * which that pair is locked for {@link #sparrTid()}, doubling with each further failure.
         */
        @WithDefault("5")
        int sparrForsok();

        /** The first lock of a (name, address) pair; each further failure doubles it, up to {@link #sparrFonster()}. */
        @WithDefault("PT1M")
        Duration sparrTid();

        /** The longest lock, and how long failures are remembered after the last one (or the lock's end). */
        @WithDefault("PT15M")
        Duration sparrFonster();

        /**
         * Failures for one user name from all addresses together, within {@link #sparrFonster()}, that
         * lock the name everywhere: the ceiling against guessing from many addresses.
         */
        @WithDefault("50")
        int sparrNamnForsok();

        /** Audit events about failed or locked logins per (name, address) and minute; the rest are counted in the next one. */
        @WithDefault("5")
        int sparrHandelserPerMinut();

        /** User name of a first administrator created at start when no administrator exists. */
        Optional<String> forstaAdministrator();

        /** Its password (give it via the environment, REMISS_SAKERHET_FORSTA_ADMINISTRATOR_LOSENORD). */
        Optional<String> forstaAdministratorLosenord();
    }

    /** Signed decision documents (se.remiss.dokument): keys, time-stamps, trusted certificates. */
    interface Signering {
        /** RFC 3161 time-stamping authority; set: signatures are PAdES-B-T, absent: PAdES-B-B. */
        Optional<String> tsaUrl();

        /** PKCS#12 key store per signer, by user name (remiss.signering.undertecknare.<anvandarnamn>.fil). */
        Map<String, Nyckelfil> undertecknare();

        /** PKCS#12 key store per organisation, by its short name; used when the signer has none of their own. */
        Map<String, Nyckelfil> organisationer();

        /**
         * Generate a development CA and test keys for signers without a configured key. Absent: on
         * exactly when sample data is on. A real installation (no sample data) refuses to sign instead.
         */
        Optional<Boolean> testnycklar();

        /** Folder of the generated test keys; absent: {@code <datakatalog>/testnycklar}. */
        Optional<String> testnyckelkatalog();

        /** Certificate files (PEM or DER) that a signature must chain to for verification to call it trusted. */
        Optional<List<String>> betrodda();
    }

    /** A PKCS#12 file and its password (give the password through the environment, never in the repository). */
    interface Nyckelfil {
        String fil();

        String losenord();

        /** The key's alias in the file; absent: the first key entry. */
        Optional<String> alias();
    }
}
