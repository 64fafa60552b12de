package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The handläggare's markup: paragraphs, lists, emphasis, citations — and nothing else, ever. */
class TextformatTest {

    private static final Function<Citatstalle, String> KOD = st -> st.plats() == Citatstalle.Plats.ENSAM_STYCKE
            ? "<blockquote>" + st.hanvisning().kod() + "</blockquote>" : "<cite>" + st.hanvisning().kod() + "</cite>";

    private static String html(String text) {
        return Textformat.html(text, KOD);
    }

    @Test
    void styckenOchRadbrytningar() {
        assertEquals("<p>Första raden<br/>samma stycke</p>\n<p>Nytt stycke</p>\n",
                html("Första raden\nsamma stycke\n\n\nNytt stycke\n"));
        assertEquals("", html("  \n \n"));
        assertEquals("", html(null));
    }

    @Test
    void punktlistorOchNumreradeListor() {
        assertEquals("<p>Inledning</p>\n<ul><li>ett</li><li>två<br/>fortsätter</li></ul>\n<ol><li>först</li><li>sedan</li></ol>\n",
                html("Inledning\n- ett\n* två\nfortsätter\n1. först\n2) sedan"));
        assertEquals("<ul><li>punkt</li></ul>\n<p>Efter</p>\n", html("• punkt\n\nEfter"));
    }

    @Test
    void betoning() {
        assertEquals("<p><strong>fet</strong> och <em>kursiv</em>, men 2 * 3 * 4 och a*b*c står kvar</p>\n",
                html("**fet** och *kursiv*, men 2 * 3 * 4 och a*b*c står kvar"));
    }

    @Test
    void htmlOchMallkodBlirText() {
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {#for x in y}{x}{/for} {inject:csrf.token}"
                + " &lt;b onclick=&quot;x&quot;&gt;</p>\n",
                html("<script>alert('x')</script> & {#for x in y}{x}{/for} {inject:csrf.token} <b onclick=\"x\">"));
        assertEquals("<ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul>\n", html("- <img src=x onerror=alert(1)>"));
    }

    @Test
    void citatErsattsOchResteniRadenEscapas() {
        assertEquals("<p>Se <cite>[[5.3]]</cite> och <cite>[[5.3#2]]</cite>, &lt;inte&gt; [[ 5.4 ]]x</p>\n"
                .replace("[[ 5.4 ]]x", "<cite>[[5.4]]</cite>x"),
                html("Se [[5.3]] och [[ 5.3 # 2 ]], <inte> [[ 5.4 ]]x"));
        assertEquals("<p>[[]] och [[a b]] och [5.3] är inga citat</p>\n", html("[[]] och [[a b]] och [5.3] är inga citat"));
    }

    @Test
    void tecknenSomXmlInteTarTasBortVidRensning() {
        assertEquals("a b\nc", Textformat.rensa("a\u0000 b\u0007  \r\nc \u0001"));
    }
}
