package org.summitoutcomes.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** A bar chart of counts per day on a real time axis (JFreeChart's DateAxis), exported as inline SVG. */
final class Timeline {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;

    private Timeline() {}

    /** {@code counts}: day → count; days without a count are gaps on the axis, not left out. */
    static String perDay(String title, String axis, Map<LocalDate, Integer> counts) {
        TimeSeries series = new TimeSeries(axis);
        counts.forEach((d, n) -> series.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), n));
        TimeSeriesCollection data = new TimeSeriesCollection(series);
        JFreeChart chart = ChartFactory.createXYBarChart(title, "date", true, axis, data, org.jfree.chart.plot.PlotOrientation.VERTICAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xe3, 0xea));
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM-dd", java.util.Locale.ROOT));
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x2f, 0x6f, 0xa8));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
