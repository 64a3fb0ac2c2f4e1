/** The home programme's pages: the patient's phone page behind the link, the clinician's link box and adherence charts. */
package clinic.stride.homeprogramme.web;
