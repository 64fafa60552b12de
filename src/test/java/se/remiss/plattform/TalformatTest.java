package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TalformatTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "999, 999",
        "1000, 1_000",
        "7557, 7_557",
        "1234567, 1_234_567",
        "-1200, -1_200",
    })
    void tretalsgrupperMedHardMellanslag(long tal, String vantat) {
        assertEquals(vantat.replace('_', '\u00a0'), Talformat.svenskt(tal));
    }
}
