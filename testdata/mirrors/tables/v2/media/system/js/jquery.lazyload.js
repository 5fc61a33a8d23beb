/* Joomla 1.5 media stub */
