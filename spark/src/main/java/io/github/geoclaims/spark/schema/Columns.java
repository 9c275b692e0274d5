package io.github.geoclaims.spark.schema;

/** Column names: the model's JSON names in snake case, as SQL and Parquet users expect them. */
final class Columns {

  private Columns() {}

  /** Returns {@code countryCode} as {@code country_code}. */
  static String snakeCase(String camelCase) {
    StringBuilder name = new StringBuilder(camelCase.length() + 4);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c)) {
        name.append('_').append(Character.toLowerCase(c));
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }
}
