/** A patient's answers for one visit, their units and ranges, and how they are stored and amended. */
package clinic.stride.intake;
