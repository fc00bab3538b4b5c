package org.secretomecheck.reference;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns a Markdown document into one self-contained HTML page (CommonMark with tables, inline CSS). */
public final class Html {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;\
            color:#1b1b1b;line-height:1.45}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;\
            text-align:left;vertical-align:top}th{background:#eef1f5}code{font-size:.9em}
            @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}tr{page-break-inside:avoid}}
            """;

    private Html() {}

    /** A complete HTML page with {@code title} and the rendered {@code markdown}. */
    public static String page(String title, String markdown) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + renderer.render(parser.parse(markdown)) + "</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
