package se.remiss.sakerhet;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP Basic request sent from a chosen loopback address (127.0.0.2, 127.0.0.3 …): on Linux the
 * whole 127/8 is local, so a test can be "another client" without a proxy or a forwarded header the
 * server would have to trust. RestAssured cannot choose the source address, hence a plain socket.
 */
final class Klientadress {

    private static final Pattern RETRY_AFTER = Pattern.compile("(?im)^Retry-After:\\s*(\\d+)");

    record Svar(int status, String text) {
        Long retryAfter() {
            Matcher m = RETRY_AFTER.matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) : null;
        }
    }

    private Klientadress() {
    }

    /** {@code GET /api/remisser} as {@code anvandarnamn} from {@code fran}. */
    static Svar basic(String fran, String anvandarnamn, String losenord) {
        String auth = Base64.getEncoder().encodeToString((anvandarnamn + ":" + losenord).getBytes(StandardCharsets.UTF_8));
        return get(fran, "/api/remisser", "Authorization: Basic " + auth);
    }

    static Svar get(String fran, String sokvag, String... huvuden) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(fran), 0));
            s.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
            s.setSoTimeout(30000);
            StringBuilder b = new StringBuilder("GET " + sokvag + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                    + "\r\nAccept: application/json\r\nConnection: close\r\n");
            for (String h : huvuden) {
                b.append(h).append("\r\n");
            }
            OutputStream ut = s.getOutputStream();
            ut.write(b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            ut.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream svar = new ByteArrayOutputStream();
            in.transferTo(svar);
            String text = svar.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new Svar(status, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
