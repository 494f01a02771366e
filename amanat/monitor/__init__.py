"""The monitor: news and NGO reports → grouped stories → proposed incidents for review.

``sources/`` fetches (feeds, pages, files, CSV of URLs) politely; ``nlp/`` is the Django-free
text pipeline; ``actions`` stores, groups, tags and proposes; ``views`` is the review queue.
"""
