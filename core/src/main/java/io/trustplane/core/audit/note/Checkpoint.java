package io.trustplane.core.audit.note;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: the log's origin (a unique name, conventionally a schema-less URL), its size and
 * the RFC 6962 root hash at that size, plus optional extension lines. {@link #text()} is the body a
 * {@link SignedNote} signs.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.contains("\n") || origin.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the origin is one non-empty line without control characters");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is never negative: " + size);
        }
        if (rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("a root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n") || line.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("an extension is one non-empty line without control characters");
            }
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The checkpoint body: origin, decimal size and base64 root hash, each on its own line, then the extensions. */
    public String text() {
        StringBuilder sb = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    /** Parses a checkpoint body (the text of a signed note). */
    public static Checkpoint parse(String text) throws NoteException {
        if (!text.endsWith("\n")) {
            throw new NoteException("a checkpoint ends in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new NoteException("a checkpoint has at least three lines: origin, size, root hash");
        }
        String sizeLine = lines[1];
        if (sizeLine.isEmpty() || sizeLine.length() > 19 || !sizeLine.chars().allMatch(c -> c >= '0' && c <= '9')
                || sizeLine.length() > 1 && sizeLine.charAt(0) == '0') {
            throw new NoteException("the tree size is a decimal number without leading zeros: " + sizeLine);
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new NoteException("the root hash is not base64: " + lines[2], e);
        }
        List<String> extensions = new ArrayList<>(List.of(lines).subList(3, lines.length));
        try {
            return new Checkpoint(lines[0], Long.parseLong(sizeLine), root, extensions);
        } catch (IllegalArgumentException e) {
            throw new NoteException("not a checkpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && origin.equals(c.origin) && size == c.size
                && java.util.Arrays.equals(rootHash, c.rootHash) && extensions.equals(c.extensions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(origin, size, java.util.Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + text().replace("\n", " | ") + "]";
    }
}
