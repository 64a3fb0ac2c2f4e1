/**
 * The small kit the inline SVG charts of the pages are drawn with: a plot frame inside the view box, grid lines
 * with their values, points placed by date, and the number formatting and XML escaping they all need.
 */
package clinic.stride.chart;
