package io.github.geoclaims.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The entries of an {@link IdSet}, appended one after another: an identifier's UTF-8 bytes and where it was first
 * seen, as {@code length, bytes..., first, second} (big-endian ints). Each entry is found again by the offset
 * {@link #append} returned.
 *
 * <p>The first {@code memoryBudget} bytes of entries are kept in memory; the rest go to a temporary file, so that a
 * stream of millions of identifiers holds only its set's table in the heap (8 bytes a slot) and not the identifiers
 * themselves. The file is written through a buffer, read back only for an entry whose hash matches a new
 * identifier's (a repeated identifier, or one chance in 2<sup>24</sup> per slot looked at), and deleted when the
 * entries are {@link #close() closed} (opened with {@code DELETE_ON_CLOSE}: on Linux it is unlinked at once, so it
 * does not outlive the process even if the reader is never closed). If no temporary file can be made, the entries stay in memory, as they would
 * without a budget.
 */
final class IdEntries implements AutoCloseable {

  /** The bytes of entries kept in memory before the rest go to a temporary file (per set). */
  static final int MEMORY_BUDGET = 4 << 20;
  private static final int WRITE_BUFFER = 64 << 10;

  private final int memoryBudget;
  private byte[] memory = new byte[1 << 12];
  private int memoryUsed;
  /** The offset of the first entry in the file, or -1 while every entry is in memory. */
  private long fileStart = -1;
  private Path path;
  private FileChannel file;
  /** The file's entries not written yet; allocated with the file. */
  private ByteBuffer pending;
  /** The offset of the first byte of {@link #pending}. */
  private long pendingStart;
  /** Reused to read back a short entry; allocated with the file. */
  private ByteBuffer readBuffer;
  private boolean fileRefused;

  /**
   * Entries with the given memory budget.
   *
   * @param memoryBudget bytes of entries kept in memory before the rest are written to a temporary file
   */
  IdEntries(int memoryBudget) {
    this.memoryBudget = memoryBudget;
  }

  /** Returns {@code true} once entries have been written to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Returns the temporary file, or {@code null} if there is none (for tests). */
  Path path() {
    return path;
  }

  /** Returns the bytes of entries held in the heap. */
  long heapBytes() {
    return memory.length + (file == null ? 0 : pending.capacity() + readBuffer.capacity());
  }

  /**
   * Appends an entry.
   *
   * @return its offset
   */
  long append(byte[] id, int first, int second) {
    int needed = 4 + id.length + 8;
    if (fileStart < 0 && (memoryUsed + needed <= memoryBudget || fileRefused || !openFile())) {
      return appendToMemory(id, first, second, needed);
    }
    return appendToFile(id, first, second, needed);
  }

  /** Returns {@code true} if the entry at the offset holds exactly these bytes. */
  boolean holds(long offset, byte[] id) {
    if (offset < fileStart || fileStart < 0) {
      int at = (int) offset;
      return readInt(memory, at) == id.length
          && Arrays.equals(memory, at + 4, at + 4 + id.length, id, 0, id.length);
    }
    ByteBuffer entry = read(offset, 4 + id.length);
    if (entry.getInt() != id.length) {
      return false;
    }
    for (byte b : id) {
      if (entry.get() != b) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns where the entry at the offset was first seen.
   *
   * @param length the length of its identifier's bytes
   * @return {@code first << 32 | second}
   */
  long seenAt(long offset, int length) {
    if (offset < fileStart || fileStart < 0) {
      int at = (int) offset + 4 + length;
      return ((long) readInt(memory, at) << 32) | (readInt(memory, at + 4) & 0xffffffffL);
    }
    return read(offset + 4 + length, 8).getLong();
  }

  /** What {@link #forEach} hands each entry to. */
  @FunctionalInterface
  interface EntryVisitor {
    /**
     * Visits one entry.
     *
     * @param offset its offset
     * @param id a buffer whose first {@code length} bytes are its identifier's, valid during the call only
     * @param length the length of the identifier's bytes
     */
    void visit(long offset, byte[] id, int length);
  }

  /** Visits every entry in the order appended: the memory's, then the file's, read through once. */
  void forEach(EntryVisitor visitor) {
    int memoryEnd = fileStart < 0 ? memoryUsed : (int) fileStart;
    byte[] id = new byte[64];
    for (int at = 0; at < memoryEnd; ) {
      int length = readInt(memory, at);
      id = fitting(id, length);
      System.arraycopy(memory, at + 4, id, 0, length);
      visitor.visit(at, id, length);
      at += 4 + length + 8;
    }
    if (fileStart < 0) {
      return;
    }
    flush();
    ByteBuffer chunk = ByteBuffer.allocate(WRITE_BUFFER).flip();
    long offset = fileStart;
    long end = pendingStart;
    long filled = fileStart;
    while (offset < end) {
      chunk.compact();
      filled = fill(chunk, filled, end);
      chunk.flip();
      while (chunk.remaining() >= 4 && chunk.remaining() >= 4 + chunk.getInt(chunk.position()) + 8) {
        int length = chunk.getInt();
        id = fitting(id, length);
        chunk.get(id, 0, length);
        chunk.position(chunk.position() + 8);
        visitor.visit(offset, id, length);
        offset += 4 + length + 8;
      }
      if (offset < end && filled == end) {
        throw new IllegalStateException("The identifier set's temporary file " + path + " ends inside an entry");
      }
      if (chunk.remaining() >= 4 && 4 + chunk.getInt(chunk.position()) + 8 > chunk.capacity()) {
        chunk = ByteBuffer.allocate(4 + chunk.getInt(chunk.position()) + 8).put(chunk).flip();
      }
    }
  }

  private static byte[] fitting(byte[] buffer, int length) {
    return buffer.length >= length ? buffer : new byte[Math.max(length, buffer.length * 2)];
  }

  /** Reads the file from {@code from} into the chunk's free space, up to {@code end}; returns where it stopped. */
  private long fill(ByteBuffer chunk, long from, long end) {
    if (chunk.remaining() > end - from) {
      chunk.limit(chunk.position() + (int) (end - from));
    }
    int wanted = chunk.remaining();
    readFully(chunk, from);
    return from + wanted;
  }

  /** Fills the buffer's remaining space from the file's entries at {@code offset}. */
  private void readFully(ByteBuffer into, long offset) {
    try {
      long at = offset - fileStart;
      while (into.hasRemaining()) {
        int read = file.read(into, at);
        if (read < 0) {
          throw new IllegalStateException("The identifier set's temporary file " + path + " is shorter than written");
        }
        at += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the identifier set's temporary file " + path, e);
    }
  }

  /** Deletes the temporary file, if there is one. */
  @Override
  public void close() {
    if (file == null) {
      return;
    }
    try {
      file.close();
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      file = null;
    }
  }

  private long appendToMemory(byte[] id, int first, int second, int needed) {
    if (memoryUsed + needed > memory.length) {
      long length = Math.max((long) memory.length * 2, (long) memoryUsed + needed);
      if (length > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("Too many identifiers for one streaming read");
      }
      memory = Arrays.copyOf(memory, (int) length);
    }
    int offset = memoryUsed;
    writeInt(memory, offset, id.length);
    System.arraycopy(id, 0, memory, offset + 4, id.length);
    writeInt(memory, offset + 4 + id.length, first);
    writeInt(memory, offset + 8 + id.length, second);
    memoryUsed += needed;
    return offset;
  }

  private boolean openFile() {
    try {
      path = Files.createTempFile("geoclaims-ids-", ".bin");
      file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      fileRefused = true;
      path = null;
      return false;
    }
    fileStart = memoryUsed;
    pendingStart = fileStart;
    pending = ByteBuffer.allocate(WRITE_BUFFER);
    readBuffer = ByteBuffer.allocate(256);
    return true;
  }

  private long appendToFile(byte[] id, int first, int second, int needed) {
    if (pending.remaining() < needed) {
      flush();
    }
    long offset = pendingStart + pending.position();
    if (needed > pending.capacity()) {
      ByteBuffer large = ByteBuffer.allocate(needed).putInt(id.length).put(id).putInt(first).putInt(second).flip();
      writeFully(large, offset - fileStart);
      pendingStart += needed;
      return offset;
    }
    pending.putInt(id.length).put(id).putInt(first).putInt(second);
    return offset;
  }

  private void flush() {
    pending.flip();
    writeFully(pending, pendingStart - fileStart);
    pendingStart += pending.limit();
    pending.clear();
  }

  private void writeFully(ByteBuffer bytes, long position) {
    try {
      long at = position;
      while (bytes.hasRemaining()) {
        at += file.write(bytes, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the identifier set's temporary file " + path, e);
    }
  }

  /** Returns {@code length} bytes of the file's entries from {@code offset}, wherever they are now. */
  private ByteBuffer read(long offset, int length) {
    if (offset >= pendingStart) {
      return pending.duplicate().position((int) (offset - pendingStart)).limit((int) (offset - pendingStart) + length)
          .slice();
    }
    ByteBuffer into = length <= readBuffer.capacity() ? readBuffer.clear().limit(length) : ByteBuffer.allocate(length);
    readFully(into, offset);
    return into.flip();
  }

  private static int readInt(byte[] data, int at) {
    return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
  }

  private static void writeInt(byte[] data, int at, int value) {
    data[at] = (byte) (value >>> 24);
    data[at + 1] = (byte) (value >>> 16);
    data[at + 2] = (byte) (value >>> 8);
    data[at + 3] = (byte) value;
  }
}
