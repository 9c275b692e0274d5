package io.github.geoclaims.validation.internal;

/**
 * The ASCII character classes of identifiers ({@link IdentifierValidator}) and extension names
 * ({@link ExtensionNameValidator}), as one table of bits: a table look-up instead of a regular expression.
 */
final class NameCharacters {

  private static final int LETTER_OR_DIGIT = 1;
  private static final int IDENTIFIER_PART = 2;
  private static final int EXTENSION_NAME_PART = 4;
  private static final byte[] CLASSES = classes();

  private NameCharacters() {}

  private static byte[] classes() {
    byte[] classes = new byte[128];
    for (char c = 0; c < 128; c++) {
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean punctuation = c == '.' || c == '_' || c == '-';
      classes[c] = (byte) ((letterOrDigit ? LETTER_OR_DIGIT : 0)
          | (letterOrDigit || punctuation || c == ':' ? IDENTIFIER_PART : 0)
          | (letterOrDigit || punctuation ? EXTENSION_NAME_PART : 0));
    }
    return classes;
  }

  /** Returns {@code true} for an ASCII letter or digit: {@code [A-Za-z0-9]}. */
  static boolean isLetterOrDigit(char c) {
    return is(c, LETTER_OR_DIGIT);
  }

  /** Returns {@code true} for a character an identifier may continue with: {@code [A-Za-z0-9._:-]}. */
  static boolean isIdentifierPart(char c) {
    return is(c, IDENTIFIER_PART);
  }

  /** Returns {@code true} for a character an extension name may continue with: {@code [A-Za-z0-9._-]}. */
  static boolean isExtensionNamePart(char c) {
    return is(c, EXTENSION_NAME_PART);
  }

  private static boolean is(char c, int characterClass) {
    return c < 128 && (CLASSES[c] & characterClass) != 0;
  }
}
