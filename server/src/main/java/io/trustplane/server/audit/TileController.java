package io.trustplane.server.audit;

import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import io.trustplane.server.web.ApiException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log as C2SP tlog-tiles under {@code /api/v1/audit/}: {@code checkpoint} (served by {@link AuditController}),
 * hash tiles {@code tile/<L>/<N>[.p/<W>]} and entry bundles {@code tile/entries/<N>[.p/<W>]}, so standard
 * tile-based clients and witnesses can read and check it. Hash tiles reveal only hashes and are open to any key;
 * entry bundles hold every project's entries and need the admin credential. Full tiles never change and are
 * served as immutable.
 */
@RestController
@RequestMapping("/api/v1/audit/tile")
public class TileController {
    private final AuditLog auditLog;
    private final AuditRepository repository;

    public TileController(AuditLog auditLog, AuditRepository repository) {
        this.auditLog = auditLog;
        this.repository = repository;
    }

    @GetMapping("/**")
    public ResponseEntity<byte[]> tile(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/v1/audit/tile/".length());
        TilePath tile = TilePath.parse(path).orElseThrow(() -> ApiException.notFound("Tile " + path));
        long size = auditLog.size();
        byte[] body;
        if (tile.entries()) {
            if (!caller.admin()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "entry bundles hold every project's entries and need the admin credential");
            }
            requireAvailable(tile, size, path);
            body = entryBundle(tile);
        } else {
            requireAvailable(tile, nodesAtLevel(size, tile.level()), path);
            body = auditLog.read(t -> {
                byte[] out = new byte[tile.width() * 32];
                for (int i = 0; i < tile.width(); i++) {
                    System.arraycopy(t.complete(8 * tile.level(), tile.index() * TilePath.WIDTH + i), 0, out, i * 32, 32);
                }
                return out;
            });
        }
        CacheControl cache = tile.width() == TilePath.WIDTH ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(cache).body(body);
    }

    /** Complete nodes at tile level {@code level} (tree height 8·level) in a tree of {@code size} leaves. */
    static long nodesAtLevel(long size, int level) {
        return 8L * level >= 63 ? 0 : size >>> (8 * level);
    }

    /** A tile exists once its last node does; a partial tile of any width stays available, as older checkpoints need it. */
    private static void requireAvailable(TilePath tile, long available, String path) {
        if (tile.index() * TilePath.WIDTH + tile.width() > available) throw ApiException.notFound("Tile " + path);
    }

    private byte[] entryBundle(TilePath tile) {
        long from = tile.index() * TilePath.WIDTH;
        List<AuditRecord> records = repository.page(from - 1, tile.width(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(tile.width() * 400);
        for (AuditRecord r : records) {
            byte[] leaf = r.entry().leafBytes();
            if (leaf.length > 0xFFFF) {
                throw new IllegalStateException("entry " + r.seq() + " is larger than a tlog-tiles entry bundle allows (65535 bytes)");
            }
            out.write(leaf.length >>> 8);
            out.write(leaf.length & 0xFF);
            out.writeBytes(leaf);
        }
        return out.toByteArray();
    }
}
