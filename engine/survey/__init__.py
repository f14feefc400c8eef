"""Survey responses, clusters of chosen answers or incidents, and their verification."""
