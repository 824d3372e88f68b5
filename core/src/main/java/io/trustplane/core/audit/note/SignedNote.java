package io.trustplane.core.audit.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The C2SP signed-note envelope: the text (UTF-8, ending in a newline, no other control characters),
 * a blank line, then one line per signature, {@code — <key name> <base64(4-byte key hash || signature)>}.
 * The signature covers the text's bytes exactly.
 *
 * @param text the signed text, ending in a newline
 * @param verified names of the keys whose signatures verified
 * @param unknown names of signers this verifier does not know (their signatures were not checked)
 */
public record SignedNote(String text, List<String> verified, List<String> unknown) {
    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int MAX_SIGNATURES = 100;

    public SignedNote {
        verified = List.copyOf(verified);
        unknown = List.copyOf(unknown);
    }

    /** Signs {@code text} with every signer, in order. */
    public static String sign(String text, List<NoteSigner> signers) throws NoteException {
        checkText(text);
        if (signers.isEmpty()) {
            throw new NoteException("a signed note needs at least one signature");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSigner signer : signers) {
            byte[] signature;
            try {
                signature = signer.sign(message);
            } catch (GeneralSecurityException e) {
                throw new NoteException("signing with " + signer.name() + " failed: " + e.getMessage(), e);
            }
            byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(signer.keyHash()).put(signature).array();
            note.append(SIGNATURE_PREFIX).append(signer.name()).append(' ')
                    .append(Base64.getEncoder().encodeToString(blob)).append('\n');
        }
        return note.toString();
    }

    /**
     * Parses a note and checks the signatures of the known keys. Fails when the note is malformed, when a
     * known key's signature does not verify, or when no known key signed it.
     */
    public static SignedNote open(String note, List<NoteVerifier> known) throws NoteException {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException("a signed note has its text, a blank line, then signature lines");
        }
        String text = note.substring(0, split + 1);
        checkText(text);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new NoteException("the signature block is empty or does not end in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException("more than " + MAX_SIGNATURES + " signatures");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<String> verified = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new NoteException("a signature line starts with an em dash and a space: " + line);
            }
            String rest = line.substring(SIGNATURE_PREFIX.length());
            int space = rest.indexOf(' ');
            if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
                throw new NoteException("a signature line is '— <key name> <signature>': " + line);
            }
            String name = rest.substring(0, space);
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(rest.substring(space + 1));
            } catch (IllegalArgumentException e) {
                throw new NoteException("the signature of " + name + " is not base64", e);
            }
            if (blob.length < 5) {
                throw new NoteException("the signature of " + name + " is too short");
            }
            int keyHash = ByteBuffer.wrap(blob, 0, 4).getInt();
            byte[] signature = java.util.Arrays.copyOfRange(blob, 4, blob.length);
            NoteVerifier verifier = known.stream().filter(v -> v.name().equals(name) && v.keyHash() == keyHash).findFirst().orElse(null);
            if (verifier == null) {
                unknown.add(name);
            } else if (verifier.verifies(message, signature)) {
                verified.add(name);
            } else {
                throw new NoteException("the signature of " + name + " does not verify: the note was changed or not signed by this key");
            }
        }
        if (verified.isEmpty()) {
            throw new NoteException("no known key signed this note (signed by " + unknown + ")");
        }
        return new SignedNote(text, verified, unknown);
    }

    private static void checkText(String text) throws NoteException {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteException("the text of a note ends in a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Character.isISOControl(c)) {
                throw new NoteException("the text of a note has no control characters other than newlines (found U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c) && !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new NoteException("the text of a note must be valid UTF-16 (a lone surrogate at " + i + ")");
            }
        }
    }
}
