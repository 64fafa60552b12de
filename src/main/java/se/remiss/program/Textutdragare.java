package se.remiss.program;

import java.nio.charset.StandardCharsets;

/** TEMPORARY placeholder until the extraction worktree lands (text only). */
public final class Textutdragare {
    private Textutdragare() {
    }

    public static String text(String filnamn, byte[] innehall) {
        return new String(innehall, StandardCharsets.UTF_8);
    }
}
