package io.github.geoclaims.graph.internal;

import io.github.geoclaims.graph.EdgeKind;
import io.github.geoclaims.graph.GraphEdge;
import io.github.geoclaims.graph.GraphLayout;
import io.github.geoclaims.graph.GraphLayout.Box;
import io.github.geoclaims.graph.GraphLayout.Point;
import io.github.geoclaims.graph.GraphNode;
import io.github.geoclaims.graph.NodeKind;
import io.github.geoclaims.graph.ProvenanceGraph;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a laid-out {@link ProvenanceGraph} as one self-contained HTML page: a legend, an actor filter, and the graph
 * as an inline SVG, with its style and a small script inline. The page names no URL to load: no script, style sheet,
 * font or image from the network. Without script it shows the whole graph; with it, a click on a claim highlights
 * its chain and the filter highlights an actor's claims.
 *
 * <p>Each claim's node carries {@code data-claim="CLAIM_ID"}, each actor's {@code data-actor="ACTOR_ID"}; every node
 * and edge carries {@code data-chain}, the keys of the claims whose chain it belongs to.
 */
public final class HtmlPage {

  private static final String STYLE = """
      body{margin:0;font:13px system-ui,sans-serif;color:#212121;background:#fafafa}
      header{padding:12px 16px;border-bottom:1px solid #ddd;background:#fff}
      h1{font-size:18px;margin:0 0 4px}
      .legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0}
      .legend span{white-space:nowrap}
      .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:middle}
      main{overflow:auto}
      svg.provenance{display:block;font:12px system-ui,sans-serif}
      .node rect{fill:#fff;stroke:#9e9e9e;stroke-width:1}
      .node.communication>rect{fill:#f3f6fb;stroke:#90a4ae;stroke-dasharray:4 2}
      .node.claim>rect{fill:#fffde7;stroke:#616161}
      .node.actor>rect{fill:#eceff1}
      .node.source>rect{fill:#f1f8e9}
      .node.origin>rect{stroke-width:3}
      .node text.heading{font-weight:600}
      .node text.detail{fill:#616161;font-size:11px}
      .badge text{fill:#fff;font-size:10px;font-weight:600}
      .edge{fill:none;stroke-width:1.4}
      .edge.claimant-of{stroke:#b0bec5}
      .edge.appears-in{stroke:#c5e1a5;stroke-dasharray:2 3}
      .edge.relays{stroke:#37474f;stroke-width:2}
      .edge.same-claim{stroke:#1565c0;stroke-dasharray:6 4}
      .edge-label{font-size:10px;fill:#424242}
      .node{cursor:pointer}
      .node,.edge,.edge-label{transition:opacity .15s}
      .edge,.edge-label{pointer-events:none}
      svg.focused .node:not(.on),svg.focused .edge:not(.on),svg.focused .edge-label:not(.on){opacity:.12}
      svg.focused .node.on>rect{stroke:#0d47a1;stroke-width:3}
      svg.focused .edge.on{stroke-width:3}
      """;

  private static final String SCRIPT = """
      (function () {
        var svg = document.querySelector('svg.provenance');
        var filter = document.getElementById('actor-filter');
        function focus(keys) {
          svg.querySelectorAll('.on').forEach(function (element) { element.classList.remove('on'); });
          keys.forEach(function (key) {
            svg.querySelectorAll('[data-chain~="' + CSS.escape(key) + '"]').forEach(function (element) {
              element.classList.add('on');
            });
          });
          svg.classList.toggle('focused', keys.length > 0);
        }
        function chainsOf(actorId) {
          var keys = [];
          svg.querySelectorAll('[data-actor="' + CSS.escape(actorId) + '"]').forEach(function (actor) {
            var chain = actor.getAttribute('data-chain');
            keys = keys.concat(chain ? chain.split(' ') : []);
          });
          return keys;
        }
        svg.addEventListener('click', function (event) {
          var claim = event.target.closest('[data-claim]');
          var actor = event.target.closest('[data-actor]');
          filter.value = actor ? actor.getAttribute('data-actor') : '';
          focus(claim ? [claim.getAttribute('data-node')] : chainsOf(filter.value));
        });
        filter.addEventListener('change', function () {
          focus(chainsOf(filter.value));
        });
        filter.disabled = false;
      })();
      """;

  private final ProvenanceGraph graph;
  private final GraphLayout layout;
  private final Map<String, String> chainKeys = new HashMap<>();
  private final StringBuilder page = new StringBuilder();

  private HtmlPage(ProvenanceGraph graph, GraphLayout layout) {
    this.graph = graph;
    this.layout = layout;
    for (GraphNode node : graph.nodes()) {
      if (node.kind() == NodeKind.CLAIM) {
        chainKeys.put(node.id(), "c" + chainKeys.size());
      }
    }
  }

  /**
   * Writes the page.
   *
   * @param graph the graph
   * @param layout its layout
   * @return the HTML page
   */
  public static String write(ProvenanceGraph graph, GraphLayout layout) {
    return new HtmlPage(graph, layout).page();
  }

  private String page() {
    long claims = graph.nodes().stream().filter(node -> node.kind() == NodeKind.CLAIM).count();
    String title = "Provenance graph: " + String.join(", ", graph.documentIds());
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Markup.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>").append(Markup.escape(title)).append("</h1>\n<p>")
        .append(graph.documentIds().size()).append(" document(s), ").append(claims)
        .append(" claim(s). Click a claim to highlight its chain down to its origins; click an actor, or choose one,"
            + " to highlight its claims; click the background to show all again.</p>\n");
    legend();
    actorFilter();
    page.append("</header>\n<main>\n");
    svg();
    page.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private void legend() {
    page.append("<div class=\"legend\"><b>Stance</b>");
    Palette.STANCES.forEach(this::swatch);
    page.append("</div>\n<div class=\"legend\"><b>Verification status</b>");
    Palette.STATUSES.forEach(this::swatch);
    page.append("</div>\n<div class=\"legend\"><b>Relation</b>");
    Palette.RELATIONS.forEach(this::swatch);
    page.append("</div>\n<div class=\"legend\"><b>Drawing</b><span>yellow box: claim</span><span>white box: attribution"
        + " (coloured edge: its stance)</span><span>dashed box: communication, around its attributions</span>"
        + "<span>grey box: actor</span><span>green box: source</span><span>thick border, ◆ origin: an independent"
        + " origin</span><span>dark arrow: relays, toward the origin</span><span>blue dashes: the same claim in"
        + " another document</span></div>\n");
  }

  private void swatch(String value, String colour) {
    page.append("<span><i class=\"swatch\" style=\"background:").append(colour).append("\"></i>")
        .append(Markup.escape(value.replace('-', ' '))).append("</span>");
  }

  private void actorFilter() {
    page.append("<p><label>Actor: <select id=\"actor-filter\" disabled><option value=\"\">all</option>");
    graph.nodes().stream().filter(node -> node.kind() == NodeKind.ACTOR)
        .collect(Collectors.toMap(GraphNode::reference, GraphNode::title, (first, second) -> first))
        .entrySet().stream()
        .sorted(Comparator.comparing(actor -> actor.getValue().toLowerCase(Locale.ROOT)))
        .forEach(actor -> page.append("<option value=\"").append(Markup.escape(actor.getKey())).append("\">")
            .append(Markup.escape(actor.getValue())).append("</option>"));
    page.append("</select></label></p>\n");
  }

  private void svg() {
    page.append(String.format(Locale.ROOT, "<svg class=\"provenance\" xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"provenance graph\">%n",
        layout.width(), layout.height(), layout.width(), layout.height()));
    page.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#455a64\"/></marker>"
        + "</defs>\n");
    // Communications first, so that the attributions drawn inside them are on top; edges last, over the boxes.
    graph.nodes().stream().filter(node -> node.kind() == NodeKind.COMMUNICATION).forEach(this::node);
    graph.nodes().stream().filter(node -> node.kind() != NodeKind.COMMUNICATION).forEach(this::node);
    List<GraphEdge> edges = graph.edges();
    for (int i = 0; i < edges.size(); i++) {
      edge(edges.get(i), layout.pathOf(i));
    }
    page.append("</svg>\n");
  }

  private void node(GraphNode node) {
    Box box = layout.boxOf(node.id());
    NodeText text = NodeText.of(node);
    page.append("<g class=\"node ").append(cssName(node.kind().name())).append(node.origin() ? " origin" : "")
        .append('"').append(chains(node.chains()));
    switch (node.kind()) {
      case CLAIM -> page.append(" data-node=\"").append(chainKeys.get(node.id())).append("\" data-claim=\"")
          .append(Markup.escape(node.reference())).append('"');
      case ACTOR -> page.append(" data-actor=\"").append(Markup.escape(node.reference())).append('"');
      default -> page.append(" data-").append(cssName(node.kind().name())).append("=\"")
          .append(Markup.escape(node.reference())).append('"');
    }
    page.append(" data-document=\"").append(Markup.escape(node.document())).append('"');
    page.append(String.format(Locale.ROOT, " transform=\"translate(%.1f,%.1f)\">", box.x(), box.y()));
    page.append("<title>").append(Markup.escape(node.title() + (node.details().isEmpty() ? ""
        : " — " + String.join(" · ", node.details())))).append("</title>");
    String border = switch (node.kind()) {
      case ATTRIBUTION -> Palette.colour(Palette.STANCES, node.style());
      case CLAIM -> Palette.colour(Palette.STATUSES, node.style());
      default -> "";
    };
    page.append(String.format(Locale.ROOT, "<rect width=\"%.1f\" height=\"%.1f\" rx=\"5\"%s/>", box.width(),
        box.height(), border.isEmpty() ? "" : " style=\"stroke:" + border + "\""));
    double y = NodeText.PADDING;
    Optional<String> badge = NodeText.badge(node);
    if (badge.isPresent()) {
      badge(badge.get(), node.kind() == NodeKind.CLAIM ? Palette.colour(Palette.STATUSES, node.style()) : "#37474f", y);
      y += NodeText.LINE;
    }
    for (String line : text.title()) {
      y = line("heading", line, y);
    }
    for (String line : text.details()) {
      y = line("detail", line, y);
    }
    page.append("</g>\n");
  }

  private void badge(String label, String colour, double y) {
    page.append(String.format(Locale.ROOT, "<g class=\"badge\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
        + " height=\"13\" rx=\"6\" style=\"fill:%s;stroke:none\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>",
        NodeText.PADDING, y, 14 + label.length() * 6.4, colour, NodeText.PADDING + 6, y + 10, Markup.escape(label)));
  }

  private double line(String kind, String text, double y) {
    page.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>", kind,
        NodeText.PADDING, y + 11, Markup.escape(text)));
    return y + NodeText.LINE;
  }

  private void edge(GraphEdge edge, List<Point> path) {
    String colour = EdgeStyle.colour(edge, graph).orElse("");
    boolean arrow = EdgeStyle.arrowed(edge.kind());
    String d = path.stream().map(point -> String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y()))
        .collect(Collectors.joining("L", "M", ""));
    page.append("<path class=\"edge ").append(cssName(edge.kind().name())).append('"').append(chains(edge.chains()))
        .append(" d=\"").append(d).append('"').append(colour.isEmpty() ? "" : " style=\"stroke:" + colour + "\"")
        .append(arrow ? " marker-end=\"url(#arrow)\"" : "").append("><title>")
        .append(Markup.escape(edge.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (edge.label().isEmpty() ? "" : ": " + edge.label())))
        .append("</title></path>\n");
    if (edge.kind() == EdgeKind.RELATION) {
      Point middle = path.get(path.size() / 2);
      page.append(String.format(Locale.ROOT, "<text class=\"edge-label\"%s x=\"%.1f\" y=\"%.1f\">%s</text>%n",
          chains(edge.chains()), middle.x() + 3, middle.y() - 3, Markup.escape(edge.label())));
    }
  }

  private String chains(Set<String> claimNodes) {
    String keys = claimNodes.stream().map(chainKeys::get).sorted().collect(Collectors.joining(" "));
    return keys.isEmpty() ? "" : " data-chain=\"" + keys + "\"";
  }

  private static String cssName(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
