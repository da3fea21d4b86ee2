/**
 * English day and month names, as Ruby's Time#strftime and Jekyll's permalink placeholders write
 * them (Ruby has no locale for these). The short forms are the first three letters.
 */
export const dayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday'
] as const

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const
