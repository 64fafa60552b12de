package se.remiss.utlatande;

import io.quarkus.qute.Expression;
import io.quarkus.qute.MultiResultNode;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.Scope;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.SingleResultNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The document templates' one own tag: a section of the tjänsteutlåtande.
 *
 * <pre>
 * {#avsnitt nyckel="sammanfattning" rubrik="Sammanfattning" text="kravs" /}
 * {#avsnitt nyckel="bakgrund" rubrik="Bakgrund" text="valfri"}&lt;p&gt;{remiss.fristmening}&lt;/p&gt;{/avsnitt}
 * {#avsnitt nyckel="synpunkter" rubrik=synpunktsrubrik text="kravs" /}
 * </pre>
 *
 * It renders {@code <section class="avsnitt">} with the heading, then the handläggare's text (for
 * {@code text="kravs"} or {@code "valfri"}), then whatever the tag encloses. The handläggare's text
 * arrives as HTML already made safe by {@link Textformat}, through a render attribute, so it never
 * passes through the template parser. Every section rendered is recorded, so the editor and the
 * completeness check know the template's sections without a separate list.
 */
final class AvsnittHelper implements SectionHelper {

    /** Render attribute: Map nyckel → the section's text as safe HTML. */
    static final String TEXTER = "remiss.texter";
    /** Render attribute: List&lt;Mallavsnitt&gt; that rendering fills. */
    static final String INSAMLING = "remiss.avsnitt";
    /** Render attribute: Boolean, whether empty required sections show a placeholder (the draft's preview). */
    static final String PLATSHALLARE = "remiss.platshallare";

    static final Pattern NYCKEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final String nyckel;
    private final Mallavsnitt.Skrivs skrivs;
    private final Expression rubrik;

    private AvsnittHelper(String nyckel, Mallavsnitt.Skrivs skrivs, Expression rubrik) {
        this.nyckel = nyckel;
        this.skrivs = skrivs;
        this.rubrik = rubrik;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<ResultNode> resolve(SectionResolutionContext ctx) {
        return ctx.evaluate(rubrik).thenCompose(varde -> {
            String rubriken = varde == null ? "" : varde.toString();
            var upplosning = ctx.resolutionContext();
            Object insamling = upplosning.getAttribute(INSAMLING);
            if (insamling instanceof List<?> lista
                    && lista.stream().noneMatch(a -> ((Mallavsnitt) a).nyckel().equals(nyckel))) {
                ((List<Mallavsnitt>) lista).add(new Mallavsnitt(nyckel, rubriken, skrivs));
            }
            Object texter = upplosning.getAttribute(TEXTER);
            String text = texter instanceof Map<?, ?> karta && karta.get(nyckel) instanceof String s ? s : "";
            StringBuilder borjan = new StringBuilder()
                    .append("<section class=\"avsnitt avsnitt-").append(nyckel).append("\" id=\"avsnitt-").append(nyckel)
                    .append("\" data-avsnitt=\"").append(nyckel).append("\">\n<h2>")
                    .append(Textformat.escape(rubriken)).append("</h2>\n");
            if (skrivs.avHandlaggaren()) {
                if (!text.isEmpty()) {
                    borjan.append("<div class=\"skrivet\">").append(text).append("</div>\n");
                } else if (skrivs == Mallavsnitt.Skrivs.KRAVS && Boolean.TRUE.equals(upplosning.getAttribute(PLATSHALLARE))) {
                    borjan.append("<p class=\"ej-ifyllt\">[").append(Textformat.escape(rubriken))
                            .append(" skrivs av handläggaren]</p>\n");
                }
            }
            return ctx.execute().thenApply(innehall -> new MultiResultNode(new Supplier[] {
                () -> new SingleResultNode(borjan.toString()),
                () -> innehall,
                () -> new SingleResultNode("</section>\n")}));
        });
    }

    static final class Factory implements SectionHelperFactory<AvsnittHelper> {

        @Override
        public List<String> getDefaultAliases() {
            return List.of("avsnitt");
        }

        @Override
        public ParametersInfo getParameters() {
            return ParametersInfo.builder().addParameter("nyckel").addParameter("rubrik")
                    .addParameter("text", "")
                    .build();
        }

        @Override
        public Scope initializeBlock(Scope previousScope, BlockInfo block) {
            if (block.getLabel().equals(MAIN_BLOCK_NAME) && block.hasParameter("rubrik")) {
                block.addExpression("rubrik", block.getParameter("rubrik"));
            }
            return previousScope;
        }

        @Override
        public AvsnittHelper initialize(SectionInitContext ctx) {
            String nyckel = utanCitat(ctx.getParameter("nyckel"));
            if (nyckel == null || !NYCKEL.matcher(nyckel).matches()) {
                throw ctx.error("{#avsnitt}: nyckel måste vara små bokstäver a–z, siffror och bindestreck, t.ex. "
                        + "nyckel=\"sammanfattning\" (fick " + nyckel + ")").build();
            }
            String text = utanCitat(ctx.getParameter("text"));
            Mallavsnitt.Skrivs skrivs = switch (text == null ? "" : text) {
                case "" -> Mallavsnitt.Skrivs.GENERERAS;
                case "kravs" -> Mallavsnitt.Skrivs.KRAVS;
                case "valfri" -> Mallavsnitt.Skrivs.VALFRI;
                default -> throw ctx.error("{#avsnitt " + nyckel + "}: text ska vara \"kravs\" eller \"valfri\", eller "
                        + "utelämnas för ett avsnitt som mallen skriver helt (fick " + text + ")").build();
            };
            return new AvsnittHelper(nyckel, skrivs, ctx.getExpression("rubrik"));
        }
    }

    /** A literal parameter as written, with or without quotes. */
    static String utanCitat(String varde) {
        if (varde == null) {
            return null;
        }
        String v = varde.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
