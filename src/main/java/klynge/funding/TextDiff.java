package klynge.funding;

import java.util.ArrayList;
import java.util.List;

/**
 * A word diff of two versions of a section (longest common subsequence): each piece is
 * kept, removed or added, so the page can show the change beside both versions.
 */
final class TextDiff {

	record Piece(String kind, String text) {
	}

	private TextDiff() {
	}

	static List<Piece> words(String before, String after) {
		String[] a = before.split("(?<=\\s)");
		String[] b = after.split("(?<=\\s)");
		if ((long) a.length * b.length > 4_000_000L) {
			return List.of(new Piece("removed", before), new Piece("added", after));
		}
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				pieces.add(new Piece("kept", a[i++]));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				pieces.add(new Piece("removed", a[i++]));
			}
			else {
				pieces.add(new Piece("added", b[j++]));
			}
		}
		while (i < a.length) {
			pieces.add(new Piece("removed", a[i++]));
		}
		while (j < b.length) {
			pieces.add(new Piece("added", b[j++]));
		}
		return pieces;
	}

}
