package org.summitoutcomes.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Bar charts drawn by JFreeChart and exported as inline SVG by JFreeSVG. */
final class Charts {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;

    private Charts() {}

    /** One series of counts per category, in the map's order. */
    static String bars(String title, String axis, Map<String, Integer> counts, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((k, v) -> data.addValue(v, "count", k));
        return render(title, axis, data, horizontal, false);
    }

    /** Several series (rows) per category (columns): counts.get(series).get(category). */
    static String stacked(String title, String axis, Map<String, Map<String, Integer>> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((series, byCat) -> byCat.forEach((cat, v) -> data.addValue(v, series, cat)));
        return render(title, axis, data, false, true);
    }

    private static String render(String title, String axis, DefaultCategoryDataset data, boolean horizontal, boolean stacked) {
        PlotOrientation o = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, null, axis, data, o, true, false, false)
                : ChartFactory.createBarChart(title, null, axis, data, o, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xe3, 0xea));
        if (!horizontal && data.getColumnCount() > 6) plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x2f, 0x6f, 0xa8));
        r.setSeriesPaint(1, new Color(0xe0, 0x8a, 0x2e));
        r.setSeriesPaint(2, new Color(0x4c, 0xa8, 0x5a));
        r.setSeriesPaint(3, new Color(0x9b, 0x5c, 0xc2));
        r.setSeriesPaint(4, new Color(0xc2, 0x4c, 0x4c));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
