/* offline fixture: intentionally empty */
