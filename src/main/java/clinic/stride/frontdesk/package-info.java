/** The front desk's pages (webapp front-desk/): the day's worklist and making an intake link for a patient. */
package clinic.stride.frontdesk;
