/** Patient-reported outcome measures scored in plain Java: the Lower Extremity Functional Scale and a global rating of change. */
package clinic.stride.outcomes;
