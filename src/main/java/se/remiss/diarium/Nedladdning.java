package se.remiss.diarium;

import jakarta.ws.rs.core.Response;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Innehallsdisposition;

/** Serves a registered document's file as a download, with its SHA-256 as ETag. */
public final class Nedladdning {

    private Nedladdning() {
    }

    public static Response av(Handling handling) {
        if (!handling.harFil()) {
            throw new HittasInte("Handlingen har ingen fil.");
        }
        Fil fil = Fil.findById(handling.sha256);
        return Response.ok(fil.innehall, handling.mimetyp)
                .header("Content-Disposition", Innehallsdisposition.huvud(handling.filnamn, true))
                .header("ETag", "\"" + fil.sha256 + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
