package se.remiss.plattform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads text from HTML forms into typed values, collecting a Swedish message per bad field. */
public final class Formular {

    private Formular() {
    }

    public static LocalDate datum(String varde, String falt, Valideringsfel.Samlare fel) {
        if (varde == null || varde.isBlank()) {
            return null;
        }
        LocalDate datum = Datumformat.tolka(varde).orElse(null);
        if (datum == null) {
            fel.fel(falt, Datumformat.MEDDELANDE);
        }
        return datum;
    }

    public static Long id(String varde, String falt, Valideringsfel.Samlare fel) {
        if (varde == null || varde.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(varde.strip());
        } catch (NumberFormatException e) {
            fel.fel(falt, "Ogiltigt val.");
            return null;
        }
    }

    public static List<Long> idn(List<String> varden, String falt, Valideringsfel.Samlare fel) {
        List<Long> idn = new ArrayList<>();
        if (varden != null) {
            for (String v : varden) {
                Long id = id(v, falt, fel);
                if (id != null) {
                    idn.add(id);
                }
            }
        }
        return idn;
    }

    public static String text(String varde) {
        return varde == null || varde.isBlank() ? null : varde.strip();
    }

    /** A check box: ticked when the form sent any value for it (browsers send nothing for an unticked one). */
    public static boolean kryssad(String varde) {
        return varde != null && !varde.isBlank() && !"false".equalsIgnoreCase(varde.strip());
    }
}
