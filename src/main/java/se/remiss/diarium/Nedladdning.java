package se.remiss.diarium;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.remiss.plattform.HittasInte;

/** Serves a registered document's file as a download, with its SHA-256 as ETag. */
public final class Nedladdning {

    private Nedladdning() {
    }

    public static Response av(Handling handling) {
        if (!handling.harFil()) {
            throw new HittasInte("Handlingen har ingen fil.");
        }
        Fil fil = Fil.findById(handling.sha256);
        String ascii = handling.filnamn.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(handling.filnamn, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(fil.innehall, handling.mimetyp)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("ETag", "\"" + fil.sha256 + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
