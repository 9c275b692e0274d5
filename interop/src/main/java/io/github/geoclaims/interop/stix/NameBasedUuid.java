package io.github.geoclaims.interop.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs with SHA-1, version 5 (RFC 9562 section 5.5; RFC 4122 section 4.3): the same namespace and name
 * always give the same UUID, and different names practically never the same one.
 *
 * <pre>{@code
 * NameBasedUuid.v5(NameBasedUuid.DNS, "www.example.com");   // 2ed6657d-e927-568b-95e1-2665a8aea6a2
 * }</pre>
 */
public final class NameBasedUuid {

  /** The namespace for fully qualified domain names (RFC 9562 section 6.6). */
  public static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  /** The namespace for URLs (RFC 9562 section 6.6). */
  public static final UUID URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /**
   * The namespace of every STIX identifier geoclaims exports: the version 5 UUID of the URL
   * {@code https://github.com/geoclaims/geoclaims/stix} in the {@link #URL} namespace.
   */
  public static final UUID GEOCLAIMS_STIX = UUID.fromString("081b5382-db3a-5c26-a443-6be61061679e");

  private NameBasedUuid() {}

  /**
   * Returns the version 5 UUID of a name in a namespace: the first 16 bytes of the SHA-1 hash of the namespace's 16
   * bytes (most significant first) followed by the name in UTF-8, with the version bits set to {@code 0101} and the
   * variant bits to {@code 10}.
   *
   * @param namespace the namespace
   * @param name the name
   * @return the UUID
   */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-1", e);
    }
    sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
        .putLong(namespace.getLeastSignificantBits()).array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) (hash[6] & 0x0f | 0x50);
    hash[8] = (byte) (hash[8] & 0x3f | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
