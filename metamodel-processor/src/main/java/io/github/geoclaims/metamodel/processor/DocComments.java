package io.github.geoclaims.metamodel.processor;

import java.util.Locale;

/**
 * Turns a Javadoc comment, as {@code Elements.getDocComment} returns it, into the plain text of its first sentence:
 * what the metamodel offers as the description of a type or a property, for generated documentation and schemas.
 *
 * <p>Inline tags become their text ({@code {@code north-korea}} gives {@code north-korea}, a {@code {@link}} its
 * label or its target), HTML tags are dropped, and whitespace is collapsed. The first sentence ends at a period
 * followed by white space and then anything but a lower-case letter, so that "U.S. officials" does not end it; a
 * paragraph ({@code <p>}), a preformatted block or a block tag ({@code @param}) ends it too.
 */
final class DocComments {

  private DocComments() {}

  /**
   * Returns the first sentence of a doc comment as plain text.
   *
   * @param comment the comment, or {@code null} when the element has none
   * @return the sentence, or {@code ""} when there is no comment
   */
  static String firstSentence(String comment) {
    if (comment == null) {
      return "";
    }
    String text = plainText(mainDescription(comment));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' '
          && (i + 2 == text.length() || !Character.isLowerCase(text.charAt(i + 2)))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** Returns the comment up to its first block tag, paragraph or preformatted block. */
  private static String mainDescription(String comment) {
    int end = comment.length();
    for (String marker : new String[] {"<p>", "<pre>", "<ul>", "<ol>", "<table"}) {
      int at = comment.toLowerCase(Locale.ROOT).indexOf(marker);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    int lineStart = 0;
    while (lineStart < end) {
      int lineEnd = comment.indexOf('\n', lineStart);
      if (comment.substring(lineStart, lineEnd < 0 ? comment.length() : lineEnd).strip().startsWith("@")) {
        end = Math.min(end, lineStart);
        break;
      }
      if (lineEnd < 0) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return comment.substring(0, end);
  }

  /** Renders inline tags as their text, drops HTML tags, decodes the basic entities and collapses white space. */
  static String plainText(String html) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '{' && html.startsWith("{@", i)) {
        int end = closingBrace(html, i);
        text.append(inlineTag(html.substring(i + 2, end)));
        i = end + 1;
      } else if (c == '<' && html.indexOf('>', i) > i) {
        i = html.indexOf('>', i) + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  /** Returns the index of the brace that closes the inline tag opening at {@code start}, or the text's end. */
  private static int closingBrace(String html, int start) {
    int depth = 0;
    for (int i = start; i < html.length(); i++) {
      if (html.charAt(i) == '{') {
        depth++;
      } else if (html.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return html.length();
  }

  /** Returns the text of an inline tag, given without its braces and {@code @}: {@code code x} gives {@code x}. */
  private static String inlineTag(String tag) {
    String[] nameAndBody = tag.strip().split("\\s+", 2);
    String body = nameAndBody.length > 1 ? nameAndBody[1] : "";
    if (!nameAndBody[0].equals("link") && !nameAndBody[0].equals("linkplain")) {
      return body;
    }
    String[] referenceAndLabel = body.split("\\s+", 2);
    if (referenceAndLabel.length > 1) {
      return referenceAndLabel[1];
    }
    String reference = referenceAndLabel[0];
    return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
  }
}
