package se.remiss.avisering;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import se.remiss.anvandare.Anvandare;
import se.remiss.testhjalp.Api;

/** The test's SMTP server (GreenMail on {@link EpostProfil#PORT}) and what reached one address. */
public final class Brevlada implements AutoCloseable {

    private final GreenMail smtp;

    private Brevlada() {
        smtp = new GreenMail(new ServerSetup(EpostProfil.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /**
     * Gives each user a new address of its own (unique to this call), in a transaction of its own; the
     * addresses in the users' order.
     */
    public static List<String> nyaAdresser(String... anvandarnamn) {
        String unik = Api.unik();
        List<String> adresser = Arrays.stream(anvandarnamn).map(a -> a + "-" + unik + "@example.se").toList();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < anvandarnamn.length; i++) {
                Anvandare.medAnvandarnamn(anvandarnamn[i]).orElseThrow().epost = adresser.get(i);
            }
        });
        return adresser;
    }

    public static Brevlada starta() {
        return new Brevlada();
    }

    public List<MimeMessage> till(String adress) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(adress));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * The first mail to {@code adress} whose subject starts with {@code borjan}. Tests pick mails by subject,
     * not by position: a mail whose first send failed (the test's GreenMail not yet listening) is retried a
     * minute later and then arrives after mails queued after it.
     */
    public MimeMessage medAmne(String adress, String borjan) {
        return till(adress).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().startsWith(borjan);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("Inget brev till " + adress + " med ämnet " + borjan + "…"));
    }

    /** Waits (at most 150 s) until {@code villkor} holds: the outbox is sent every second. */
    public static void vanta(BooleanSupplier villkor, String vad) throws InterruptedException {
        // A mail in flight when the previous test stopped its GreenMail hangs for the client's 30 s socket
        // timeout and holds the (single) sending job; after that a failed mail waits a minute for its retry.
        Instant grans = Instant.now().plus(Duration.ofSeconds(150));
        while (!villkor.getAsBoolean()) {
            if (Instant.now().isAfter(grans)) {
                throw new AssertionError("väntade förgäves på: " + vad);
            }
            Thread.sleep(200);
        }
    }

    /** The mail's plain-text part, decoded (the SMTP body is quoted-printable). */
    public static String text(MimeMessage brev) {
        try {
            return del(brev.getContent(), "text/plain");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's HTML part, decoded. */
    public static String html(MimeMessage brev) {
        try {
            return del(brev.getContent(), "text/html");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String del(Object innehall, String typ) throws MessagingException, java.io.IOException {
        if (innehall instanceof jakarta.mail.Multipart delar) {
            for (int i = 0; i < delar.getCount(); i++) {
                jakarta.mail.BodyPart d = delar.getBodyPart(i);
                if (d.isMimeType(typ)) {
                    return (String) d.getContent();
                }
                if (d.getContent() instanceof jakarta.mail.Multipart) {
                    String inre = del(d.getContent(), typ);
                    if (inre != null) {
                        return inre;
                    }
                }
            }
            return null;
        }
        return innehall instanceof String text ? text : null;
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
