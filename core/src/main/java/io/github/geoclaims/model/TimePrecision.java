package io.github.geoclaims.model;

/** How precisely a {@link TimePoint} is known: the unit its ISO 8601 text ends with. */
public enum TimePrecision {
  /** A calendar year, written {@code 2022}. */
  YEAR,
  /** A calendar month, written {@code 2023-08}. */
  MONTH,
  /** A calendar day, written {@code 2024-01-09}. */
  DAY,
  /** An instant with its UTC offset, written {@code 2024-01-09T14:30:00+09:00}. */
  INSTANT
}
