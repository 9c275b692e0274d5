package io.github.geoclaims.json.internal.write;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The UTF-8 bytes of one document written to a {@code String}, kept in blocks that are never copied to grow: a
 * {@code ByteArrayOutputStream} doubles its array and copies what it holds each time, which for a document of a few
 * megabytes copies and allocates about twice its size again. The blocks are joined once, when the text is made.
 *
 * <p>Internal API.
 *
 * <pre>{@code
 * Utf8Chunks out = new Utf8Chunks();
 * json.write(document, out);
 * String text = out.text();
 * }</pre>
 */
public final class Utf8Chunks extends OutputStream {

  /** The first block's size; each next block doubles it, up to {@link #LARGEST_BLOCK}. */
  static final int FIRST_BLOCK = 8192;
  /** The largest block: past it, blocks stop growing. */
  static final int LARGEST_BLOCK = 1 << 20;

  /** The full blocks, in order. */
  private final List<byte[]> full = new ArrayList<>();
  private byte[] block = new byte[FIRST_BLOCK];
  private int used;
  private long size;

  @Override
  public void write(int b) {
    if (used == block.length) {
      next();
    }
    block[used++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || length > bytes.length - offset) {
      throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " of " + bytes.length);
    }
    int done = 0;
    while (done < length) {
      if (used == block.length) {
        next();
      }
      int part = Math.min(length - done, block.length - used);
      System.arraycopy(bytes, offset + done, block, used, part);
      used += part;
      done += part;
    }
    size += length;
  }

  /** Keeps the current block, which is full, and starts the next. */
  private void next() {
    full.add(block);
    block = new byte[Math.min(block.length * 2, LARGEST_BLOCK)];
    used = 0;
  }

  /**
   * Returns the bytes written, decoded as UTF-8 (a malformed sequence becoming U+FFFD, as
   * {@code new String(bytes, UTF_8)} does).
   *
   * @return the text
   * @throws OutOfMemoryError if the text is longer than a Java array can hold
   */
  public String text() {
    if (full.isEmpty()) {
      return new String(block, 0, used, StandardCharsets.UTF_8);
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("The document's text is " + size + " bytes long, more than a String holds");
    }
    byte[] all = Arrays.copyOf(full.get(0), (int) size);
    int at = full.get(0).length;
    for (byte[] each : full.subList(1, full.size())) {
      System.arraycopy(each, 0, all, at, each.length);
      at += each.length;
    }
    System.arraycopy(block, 0, all, at, used);
    return new String(all, StandardCharsets.UTF_8);
  }
}
