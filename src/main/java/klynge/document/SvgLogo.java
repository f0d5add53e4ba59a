package klynge.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Draws the cluster's SVG logo as a PNG for the documents. Without an SVG library on the
 * class path this covers the shapes logos are made of (circle, ellipse, rect, polygon,
 * path with M/L/H/V/C/Q/Z, fill and stroke colours, groups); anything else is left out.
 */
@Component
class SvgLogo {

	static final int SIZE = 320;

	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	/** The logo as PNG, or null when it cannot be read. */
	byte[] png(String svg) {
		byte[] png = cache.computeIfAbsent(svg, SvgLogo::render);
		return png.length == 0 ? null : png;
	}

	static byte[] render(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			Element root = builder.parse(new InputSource(new StringReader(svg))).getDocumentElement();
			double[] box = viewBox(root);
			double scale = SIZE / Math.max(box[2], box[3]);
			int width = (int) Math.ceil(box[2] * scale);
			int height = (int) Math.ceil(box[3] * scale);
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			g.translate(-box[0], -box[1]);
			draw(g, root, "#000000", "none");
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (Exception | Error ex) {
			return new byte[0];
		}
	}

	private static double[] viewBox(Element root) {
		String viewBox = root.getAttribute("viewBox");
		if (!viewBox.isBlank()) {
			double[] values = numbers(viewBox);
			if (values.length == 4 && values[2] > 0 && values[3] > 0) {
				return values;
			}
		}
		double width = number(root.getAttribute("width"), 100);
		double height = number(root.getAttribute("height"), 100);
		return new double[] { 0, 0, width, height };
	}

	private static void draw(Graphics2D g, Element element, String inheritedFill, String inheritedStroke) {
		String fill = attr(element, "fill", inheritedFill);
		String stroke = attr(element, "stroke", inheritedStroke);
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element child)) {
				continue;
			}
			Shape shape = switch (child.getLocalName() == null ? child.getNodeName() : child.getLocalName()) {
				case "circle" -> {
					double r = number(child.getAttribute("r"), 0);
					yield new Ellipse2D.Double(number(child.getAttribute("cx"), 0) - r,
							number(child.getAttribute("cy"), 0) - r, 2 * r, 2 * r);
				}
				case "ellipse" -> {
					double rx = number(child.getAttribute("rx"), 0);
					double ry = number(child.getAttribute("ry"), 0);
					yield new Ellipse2D.Double(number(child.getAttribute("cx"), 0) - rx,
							number(child.getAttribute("cy"), 0) - ry, 2 * rx, 2 * ry);
				}
				case "rect" -> {
					double rx = number(child.getAttribute("rx"), 0);
					double x = number(child.getAttribute("x"), 0);
					double y = number(child.getAttribute("y"), 0);
					double w = number(child.getAttribute("width"), 0);
					double h = number(child.getAttribute("height"), 0);
					yield rx > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * rx)
							: new Rectangle2D.Double(x, y, w, h);
				}
				case "polygon", "polyline" ->
					polygon(child.getAttribute("points"), child.getNodeName().equals("polygon"));
				case "path" -> path(child.getAttribute("d"));
				case "g" -> {
					draw(g, child, fill, stroke);
					yield null;
				}
				default -> null;
			};
			if (shape != null) {
				paint(g, shape, attr(child, "fill", fill), attr(child, "stroke", stroke),
						number(child.getAttribute("stroke-width"), 1));
			}
		}
	}

	private static void paint(Graphics2D g, Shape shape, String fill, String stroke, double strokeWidth) {
		Color fillColour = colour(fill);
		if (fillColour != null) {
			g.setColor(fillColour);
			g.fill(shape);
		}
		Color strokeColour = colour(stroke);
		if (strokeColour != null) {
			g.setColor(strokeColour);
			g.setStroke(new BasicStroke((float) strokeWidth));
			g.draw(shape);
		}
	}

	private static Shape polygon(String points, boolean closed) {
		double[] values = numbers(points);
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i + 1 < values.length; i += 2) {
			if (i == 0) {
				path.moveTo(values[i], values[i + 1]);
			}
			else {
				path.lineTo(values[i], values[i + 1]);
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	/** Path data with the commands logos use; arcs (A) are drawn as straight lines. */
	static Shape path(String d) {
		Path2D.Double path = new Path2D.Double();
		Matcher tokens = Pattern.compile("([MmLlHhVvCcSsQqTtAaZz])|" + NUMBER.pattern()).matcher(d);
		List<String> list = new ArrayList<>();
		while (tokens.find()) {
			list.add(tokens.group());
		}
		double x = 0;
		double y = 0;
		double startX = 0;
		double startY = 0;
		char command = 'M';
		int i = 0;
		while (i < list.size()) {
			String token = list.get(i);
			if (Character.isLetter(token.charAt(0)) && token.length() == 1) {
				command = token.charAt(0);
				i++;
				if (command == 'Z' || command == 'z') {
					path.closePath();
					x = startX;
					y = startY;
				}
				continue;
			}
			boolean relative = Character.isLowerCase(command);
			double ox = relative ? x : 0;
			double oy = relative ? y : 0;
			switch (Character.toUpperCase(command)) {
				case 'M' -> {
					x = ox + num(list, i++);
					y = oy + num(list, i++);
					path.moveTo(x, y);
					startX = x;
					startY = y;
					command = relative ? 'l' : 'L';
				}
				case 'L', 'T' -> {
					x = ox + num(list, i++);
					y = oy + num(list, i++);
					path.lineTo(x, y);
				}
				case 'H' -> {
					x = ox + num(list, i++);
					path.lineTo(x, y);
				}
				case 'V' -> {
					y = oy + num(list, i++);
					path.lineTo(x, y);
				}
				case 'C' -> {
					double x1 = ox + num(list, i++);
					double y1 = oy + num(list, i++);
					double x2 = ox + num(list, i++);
					double y2 = oy + num(list, i++);
					x = ox + num(list, i++);
					y = oy + num(list, i++);
					path.curveTo(x1, y1, x2, y2, x, y);
				}
				case 'S', 'Q' -> {
					double x1 = ox + num(list, i++);
					double y1 = oy + num(list, i++);
					x = ox + num(list, i++);
					y = oy + num(list, i++);
					path.quadTo(x1, y1, x, y);
				}
				case 'A' -> {
					i += 5;
					x = ox + num(list, i++);
					y = oy + num(list, i++);
					path.lineTo(x, y);
				}
				default -> i++;
			}
		}
		return path;
	}

	private static double num(List<String> tokens, int i) {
		return i < tokens.size() ? Double.parseDouble(tokens.get(i)) : 0;
	}

	private static String attr(Element element, String name, String inherited) {
		String value = element.getAttribute(name);
		if (value.isBlank()) {
			Matcher style = Pattern.compile(name + "\\s*:\\s*([^;]+)").matcher(element.getAttribute("style"));
			return style.find() ? style.group(1).trim() : inherited;
		}
		return value.trim();
	}

	static Color colour(String value) {
		if (value == null || value.isBlank() || value.equals("none") || value.startsWith("url(")) {
			return null;
		}
		String v = value.trim().toLowerCase(Locale.ROOT);
		if (v.matches("#[0-9a-f]{6}")) {
			return new Color(Integer.parseInt(v.substring(1), 16));
		}
		if (v.matches("#[0-9a-f]{3}")) {
			return new Color(Integer
				.parseInt("" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3), 16));
		}
		return switch (v) {
			case "white" -> Color.WHITE;
			case "black" -> Color.BLACK;
			case "red" -> Color.RED;
			case "green" -> new Color(0x008000);
			case "blue" -> Color.BLUE;
			case "grey", "gray" -> Color.GRAY;
			default -> Color.BLACK;
		};
	}

	private static double number(String value, double fallback) {
		Matcher matcher = NUMBER.matcher(value == null ? "" : value);
		return matcher.find() ? Double.parseDouble(matcher.group()) : fallback;
	}

	private static double[] numbers(String value) {
		Matcher matcher = NUMBER.matcher(value);
		List<Double> list = new ArrayList<>();
		while (matcher.find()) {
			list.add(Double.parseDouble(matcher.group()));
		}
		return list.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
