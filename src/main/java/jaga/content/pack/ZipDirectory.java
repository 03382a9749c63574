package jaga.content.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip file's central directory, the list of entries that {@link java.util.zip.ZipFile}
 * reads from, to see what java.util.zip does not show: the Unix file type of each entry (so a
 * symbolic link is recognised) and how many entries there are, before anything is unpacked.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_SYMLINK = 0120000;

    private ZipDirectory() {}

    /** One central-directory entry: its name, compressed size, and whether it is a symbolic link. */
    record Entry(String name, long compressedSize, boolean symlink) {}

    /** The entries, or a refusal; more than {@code maxEntries} is refused before they are read. */
    static List<Entry> read(Path zip, int maxEntries) throws PackRefused, IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new PackRefused("it is not a .jaga pack (not a zip file)");
            }
            int count = Short.toUnsignedInt(end.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (count > maxEntries) {
                throw new PackRefused("it has " + count + " files, more than the " + maxEntries + " a pack may hold");
            }
            if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL || directoryOffset + directorySize > size) {
                throw new PackRefused("it is not a .jaga pack (the zip file is damaged or too large)");
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(directory, directoryOffset);
            List<Entry> entries = new ArrayList<>();
            int pos = 0;
            while (pos + 46 <= directorySize) {
                if (directory.getInt(pos) != ENTRY_SIGNATURE) {
                    throw new PackRefused("it is not a .jaga pack (the zip file is damaged)");
                }
                if (entries.size() >= maxEntries) {
                    throw new PackRefused("it has more than the " + maxEntries + " files a pack may hold");
                }
                long compressed = Integer.toUnsignedLong(directory.getInt(pos + 20));
                int nameLength = Short.toUnsignedInt(directory.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(pos + 32));
                int external = directory.getInt(pos + 38);
                if (pos + 46 + nameLength > directorySize) {
                    throw new PackRefused("it is not a .jaga pack (the zip file is damaged)");
                }
                byte[] name = new byte[nameLength];
                directory.get(pos + 46, name);
                boolean symlink = ((external >>> 16) & UNIX_TYPE_MASK) == UNIX_SYMLINK;
                entries.add(new Entry(new String(name, StandardCharsets.UTF_8), compressed, symlink));
                pos += 46 + nameLength + extraLength + commentLength;
            }
            if (entries.size() != count) {
                throw new PackRefused("it is not a .jaga pack (the zip file is damaged)");
            }
            return entries;
        }
    }
}
